/**
 * Inventory history: each SKU's stock per location at the end of every UTC day, kept from
 * {@code inventory.levels.v1}, so inventory at cost can be averaged over a window (DIO).
 */
package io.sentia.analytics.capital.history;
