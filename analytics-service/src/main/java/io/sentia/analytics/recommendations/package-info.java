/**
 * Suggested purchases from {@code forecasting.recommendations.v1}: the latest reorder
 * recommendation per SKU and location, and the newest revision of each purchase plan,
 * read together as {@link io.sentia.analytics.recommendations.SuggestedPurchase}s.
 */
package io.sentia.analytics.recommendations;
