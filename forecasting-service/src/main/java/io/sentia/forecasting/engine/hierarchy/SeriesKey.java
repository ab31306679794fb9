package io.sentia.forecasting.engine.hierarchy;

/**
 * A bottom-level series: one SKU sold through one channel in one region.
 *
 * @param sku stock-keeping unit
 * @param channel sales channel, e.g. shopify
 * @param region region, e.g. UK
 */
public record SeriesKey(String sku, String channel, String region) {

}
