package io.sentia.analytics.workingcapital.sales;

import java.math.BigDecimal;
import java.math.MathContext;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.Figure;

/**
 * A period's totals with the ratios derived from them.
 *
 * @param totals the totals
 * @param averageOrderValue revenue ÷ orders, to the cent
 * @param grossMarginPercent gross margin ÷ revenue with a known cost × 100, two decimals
 */
public record SalesKpis(PeriodAggregate totals, Figure averageOrderValue, Figure grossMarginPercent) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The KPIs of a period's totals.
	 * @param totals the totals
	 * @param base the base currency of the amounts
	 * @return the KPIs
	 */
	public static SalesKpis of(PeriodAggregate totals, BaseCurrency base) {
		Figure aov = (totals.orders() == 0) ? Figure.unavailable("no orders in the period") : Figure
			.of(base.round(totals.revenue().divide(BigDecimal.valueOf(totals.orders()), MathContext.DECIMAL128)));
		Figure margin = (totals.revenueWithCost().signum() == 0)
				? Figure.unavailable("no revenue with a known unit cost in the period")
				: Figure.of(totals.grossMargin()
					.multiply(HUNDRED)
					.divide(totals.revenueWithCost(), MathContext.DECIMAL128)
					.setScale(Change.PERCENT_SCALE, BaseCurrency.ROUNDING));
		return new SalesKpis(totals, aov, margin);
	}

}
