package io.sentia.analytics.workingcapital.inventory;

import java.math.BigDecimal;

import io.sentia.analytics.workingcapital.Figure;

/**
 * A SKU with more stock than the forecast needs within the overstock threshold.
 *
 * @param sku stock keeping unit
 * @param onHand units on hand at all locations
 * @param forecastDailyUnits forecast demand per day
 * @param daysOfCover days of cover (unavailable when the forecast is zero)
 * @param excessUnits on hand − ⌈forecast daily units × threshold days⌉
 * @param excessValueAtCost excess units × unit cost
 */
public record Overstock(String sku, long onHand, BigDecimal forecastDailyUnits, Figure daysOfCover, long excessUnits,
		Figure excessValueAtCost) {

}
