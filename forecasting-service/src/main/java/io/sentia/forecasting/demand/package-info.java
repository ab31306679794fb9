/**
 * Demand history: orders, products (bundles) and stock levels consumed from Kafka, and
 * the weekly demand per SKU, channel and region that runs fit, with stock-out weeks
 * adjusted; and how a series is named at every level ({@code SeriesLevel}, and
 * {@code SeriesKeyPath}: {@code sku:channel:region} with {@code all} for what it spans),
 * which runs store, the read APIs answer and the planner's controls address.
 */
package io.sentia.forecasting.demand;
