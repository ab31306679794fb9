package io.sentia.integrations.demo;

/**
 * One component of a gift set: selling one set consumes {@code quantity} units of
 * {@code sku} at the location that ships it.
 *
 * @param sku the component's SKU
 * @param quantity units per set
 */
record BundleComponent(String sku, int quantity) {
}
