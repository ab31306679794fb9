package io.sentia.integrations.demo;

/**
 * What a demo product is; drives its seasonality and which supplier makes it.
 */
enum ProductCategory {

	GIN, VODKA, RUM, WHISKY, LIQUEUR, GIFT_SET

}
