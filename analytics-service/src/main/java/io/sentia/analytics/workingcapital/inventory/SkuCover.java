package io.sentia.analytics.workingcapital.inventory;

import java.math.BigDecimal;

import io.sentia.analytics.workingcapital.Figure;

/**
 * How many days a SKU's stock on hand lasts at the forecast rate.
 *
 * @param sku stock keeping unit
 * @param onHand units on hand at all locations (oversold locations count zero)
 * @param forecastDailyUnits forecast demand per day, or {@code null} when there is no
 * forecast
 * @param daysOfCover on hand ÷ forecast daily units, two decimals
 */
public record SkuCover(String sku, long onHand, BigDecimal forecastDailyUnits, Figure daysOfCover) {

}
