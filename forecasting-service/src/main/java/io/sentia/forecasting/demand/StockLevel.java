package io.sentia.forecasting.demand;

import java.time.Instant;

/**
 * One reported stock level of a SKU at a location.
 *
 * @param sku the SKU
 * @param locationId the location
 * @param amazonFba whether the location is an Amazon FBA warehouse (serves only Amazon)
 * @param asOf when the level was measured
 * @param onHand units on hand
 */
record StockLevel(String sku, String locationId, boolean amazonFba, Instant asOf, int onHand) {

}
