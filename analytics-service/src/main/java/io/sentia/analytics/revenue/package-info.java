/**
 * Revenue read model: the latest snapshot of every order from {@code commerce.orders.v1},
 * and the revenue API that groups it by region, channel or day, one currency at a time.
 */
package io.sentia.analytics.revenue;
