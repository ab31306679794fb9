package io.sentia.analytics.workingcapital.cycle;

import java.math.BigDecimal;

import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.analytics.workingcapital.Figure;

/**
 * DSO, DPO, DIO and the cash conversion cycle over a window, with the averages they were
 * computed from. Days have two decimals; {@code ccc} is exactly {@code dso + dio − dpo}
 * when all three are available.
 *
 * @param window the window
 * @param days days in the window
 * @param baseCurrency ISO-4217 code of the amounts
 * @param averageReceivables mean end-of-day receivables over the window
 * @param averagePayables mean end-of-day payables
 * @param averageInventoryAtCost mean end-of-day inventory at cost
 * @param creditSales credit sales in the window
 * @param costOfGoodsSold cost of goods sold in the window
 * @param dso days sales outstanding
 * @param dpo days payables outstanding
 * @param dio days inventory outstanding
 * @param ccc cash conversion cycle
 */
public record CycleMetrics(DateRange window, long days, String baseCurrency, Figure averageReceivables,
		Figure averagePayables, Figure averageInventoryAtCost, BigDecimal creditSales, BigDecimal costOfGoodsSold,
		Figure dso, Figure dpo, Figure dio, Figure ccc) {

}
