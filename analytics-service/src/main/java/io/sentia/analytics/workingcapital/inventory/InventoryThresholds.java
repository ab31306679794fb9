package io.sentia.analytics.workingcapital.inventory;

import java.math.BigDecimal;

/**
 * When stock counts as slow-moving or overstocked.
 *
 * @param slowMoverNoSalesDays a SKU with no sale in this many days is slow-moving
 * @param slowMoverCoverDays a SKU with more days of cover than this is slow-moving
 * @param overstockCoverDays a SKU with more days of cover than this is overstocked
 */
public record InventoryThresholds(int slowMoverNoSalesDays, BigDecimal slowMoverCoverDays,
		BigDecimal overstockCoverDays) {

	public InventoryThresholds {
		if (slowMoverNoSalesDays < 1) {
			throw new IllegalArgumentException("slowMoverNoSalesDays must be at least 1");
		}
		if (slowMoverCoverDays == null || slowMoverCoverDays.signum() <= 0 || overstockCoverDays == null
				|| overstockCoverDays.signum() <= 0) {
			throw new IllegalArgumentException("slowMoverCoverDays and overstockCoverDays must be above zero");
		}
	}

	/**
	 * No sale in 60 days or more than 180 days of cover is slow; more than 120 days of
	 * cover is overstock.
	 * @return the defaults
	 */
	public static InventoryThresholds defaults() {
		return new InventoryThresholds(60, BigDecimal.valueOf(180), BigDecimal.valueOf(120));
	}

}
