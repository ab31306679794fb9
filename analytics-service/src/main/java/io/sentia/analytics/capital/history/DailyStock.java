package io.sentia.analytics.capital.history;

import java.time.LocalDate;

/**
 * Stock of a SKU at a location at the end of a UTC day: the level measured latest that
 * day.
 *
 * @param day the UTC day
 * @param sku stock keeping unit
 * @param locationId the location
 * @param onHand units on hand (negative where the source oversells)
 */
public record DailyStock(LocalDate day, String sku, String locationId, int onHand) {
}
