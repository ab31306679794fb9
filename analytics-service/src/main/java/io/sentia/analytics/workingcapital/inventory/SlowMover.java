package io.sentia.analytics.workingcapital.inventory;

import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.workingcapital.Figure;

/**
 * A SKU whose stock is not selling.
 *
 * @param sku stock keeping unit
 * @param onHand units on hand at all locations
 * @param lastSoldOn the last day it sold, or {@code null} if never
 * @param daysSinceLastSale as-of minus the last sale, or {@code null} if never sold
 * @param daysOfCover days of cover from the forecast
 * @param reasons why it is slow
 * @param valueAtCost on hand × unit cost
 */
public record SlowMover(String sku, long onHand, LocalDate lastSoldOn, Long daysSinceLastSale, Figure daysOfCover,
		List<Reason> reasons, Figure valueAtCost) {

	/** Why a SKU is slow-moving. */
	public enum Reason {

		/** No sale in the configured number of days. */
		NO_RECENT_SALES,

		/** More days of cover than the configured threshold. */
		COVER_ABOVE_THRESHOLD

	}

}
