package io.sentia.analytics.capital;

import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.workingcapital.inventory.InventoryThresholds;
import io.sentia.analytics.workingcapital.inventory.InventoryValuation;
import io.sentia.analytics.workingcapital.inventory.Overstock;
import io.sentia.analytics.workingcapital.inventory.SkuCover;
import io.sentia.analytics.workingcapital.inventory.SlowMover;

/**
 * Stock on hand, inbound and reserved per SKU and location valued at cost, with days of
 * cover from the latest forecast, slow movers and overstock.
 *
 * @param asOf the day sales and forecasts are judged at
 * @param thresholds the thresholds applied
 * @param valuation values per SKU and location, per SKU and in total
 * @param cover days of cover per SKU
 * @param slowMovers slow-moving SKUs, largest value first
 * @param overstock overstocked SKUs, largest excess value first
 * @param fx earlier rates used and unit costs without a rate (valued as SKUs without
 * cost)
 */
public record InventoryAnswer(LocalDate asOf, InventoryThresholds thresholds, InventoryValuation valuation,
		List<SkuCover> cover, List<SlowMover> slowMovers, List<Overstock> overstock, FxNotes fx) {

	public InventoryAnswer {
		cover = List.copyOf(cover);
		slowMovers = List.copyOf(slowMovers);
		overstock = List.copyOf(overstock);
	}

}
