package io.sentia.analytics.workingcapital.inventory;

import java.math.BigDecimal;
import java.util.List;

/**
 * Stock valued at cost, per SKU and location, per SKU, and in total; the totals are the
 * sums of the lines whose SKU has a unit cost, to the cent.
 *
 * @param baseCurrency ISO-4217 code of the values
 * @param lines per SKU and location, by SKU then location
 * @param skus per SKU over its locations, by SKU
 * @param onHandValue total value on hand
 * @param inboundValue total value inbound
 * @param reservedValue total value reserved
 * @param skusWithoutCost SKUs left out of the totals because they have no unit cost
 */
public record InventoryValuation(String baseCurrency, List<StockValue> lines, List<StockValue> skus,
		BigDecimal onHandValue, BigDecimal inboundValue, BigDecimal reservedValue, List<String> skusWithoutCost) {

}
