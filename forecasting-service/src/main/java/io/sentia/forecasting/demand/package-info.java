/**
 * Demand history: orders, products (bundles) and stock levels consumed from Kafka, and
 * the weekly demand per SKU, channel and region that runs fit, with stock-out weeks
 * adjusted.
 */
package io.sentia.forecasting.demand;
