package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Revenue the forecast expects on one channel over a run of days, spread evenly over
 * them; its channel's {@link PayoutPlan} turns it into payouts.
 *
 * @param channel the sales channel, e.g. {@code amazon}, {@code shopify},
 * {@code wholesale}
 * @param from first day of the period
 * @param to last day of the period, not before {@code from}
 * @param expectedRevenue revenue expected over the whole period, in the tenant's base
 * currency, not negative
 */
public record ForecastSales(String channel, LocalDate from, LocalDate to, BigDecimal expectedRevenue) {

	public ForecastSales {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(expectedRevenue, "expectedRevenue");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("to must not be before from");
		}
		if (expectedRevenue.signum() < 0) {
			throw new IllegalArgumentException("expectedRevenue must not be negative");
		}
	}

	/**
	 * How many days the period has.
	 * @return days from {@code from} to {@code to}, both included
	 */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

}
