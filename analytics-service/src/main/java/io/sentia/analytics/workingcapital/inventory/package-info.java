/**
 * Inventory valued at cost and judged against the forecast, per SKU and location:
 * <ul>
 * <li>value at cost = units × unit cost, for on hand, inbound and reserved (reserved is
 * part of on hand); negative on hand (oversold) is valued at zero; a SKU without a unit
 * cost has no value, with the reason;</li>
 * <li>days of cover = on hand (all locations) ÷ forecast daily units; no forecast, or a
 * forecast of zero, leaves it unavailable with the reason;</li>
 * <li>slow mover: stock on hand and either no sale in the last N days (days since the
 * last sale ≥ N, or never sold) or days of cover above a threshold (a zero forecast
 * counts as cover above any threshold);</li>
 * <li>overstock: days of cover above a configurable number of days (or a zero forecast
 * with stock on hand); excess units = on hand − ⌈forecast daily units × that number⌉. A
 * SKU without a forecast is not judged.</li>
 * </ul>
 */
package io.sentia.analytics.workingcapital.inventory;
