/**
 * Catalogue read model: the newest state of every product from
 * {@code catalog.products.v1}, with its unit cost, price and supplier.
 */
package io.sentia.analytics.catalog;
