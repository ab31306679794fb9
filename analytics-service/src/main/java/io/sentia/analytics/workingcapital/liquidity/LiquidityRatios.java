package io.sentia.analytics.workingcapital.liquidity;

import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.workingcapital.Figure;

/**
 * Current and quick ratios with the balance items they use.
 *
 * @param asOf the date
 * @param baseCurrency ISO-4217 code of the amounts
 * @param items every balance item, available or not, in {@link BalanceItem} order
 * @param currentAssets cash + receivables + inventory at cost
 * @param quickAssets cash + receivables
 * @param currentLiabilities payables
 * @param currentRatio current assets ÷ current liabilities
 * @param quickRatio quick assets ÷ current liabilities
 */
public record LiquidityRatios(LocalDate asOf, String baseCurrency, List<BalanceLine> items, Figure currentAssets,
		Figure quickAssets, Figure currentLiabilities, Figure currentRatio, Figure quickRatio) {

}
