package io.sentia.integrations.demo;

/**
 * What a demo product is; drives its seasonality and which supplier makes it.
 */
enum ProductCategory {

	GIN("Gin"), VODKA("Vodka"), RUM("Rum"), WHISKY("Whisky"), LIQUEUR("Liqueur"), GIFT_SET("Gift set");

	private final String label;

	ProductCategory(String label) {
		this.label = label;
	}

	/** The category as the catalogue publishes it. */
	String label() {
		return this.label;
	}

}
