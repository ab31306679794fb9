package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One dated movement of cash on its way into a week's line, already rounded to cents so
 * that every sum of movements is exact.
 */
record CashMovement(LineCategory category, String label, String reference, LocalDate date, BigDecimal amount,
		boolean fxEstimated) {

	/**
	 * A movement of the given size in the category's usual direction.
	 * @param magnitude the amount as the source states it (an outflow's amount is
	 * positive); rounded to cents, half even
	 */
	static CashMovement of(LineCategory category, String label, String reference, LocalDate date, BigDecimal magnitude,
			boolean fxEstimated) {
		BigDecimal cents = cents(magnitude);
		BigDecimal signed = (category.flow() == CashFlow.IN) ? cents : cents.negate();
		return new CashMovement(category, label, reference, date, signed, fxEstimated);
	}

	static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	CashItem item() {
		return new CashItem(this.reference, this.date, this.amount, this.fxEstimated);
	}

}
