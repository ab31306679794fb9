package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one channel's sales become cash: the fees it keeps and when it pays the rest.
 *
 * @param channel the sales channel, as {@link ForecastSales#channel()} names it
 * @param feeRate the part of revenue the channel keeps (commission, payment fees), from 0
 * to 1
 * @param schedule when the rest is paid
 */
public record PayoutPlan(String channel, BigDecimal feeRate, PayoutSchedule schedule) {

	public PayoutPlan {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(feeRate, "feeRate");
		Objects.requireNonNull(schedule, "schedule");
		if (feeRate.signum() < 0 || feeRate.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("feeRate must be between 0 and 1");
		}
	}

	/**
	 * The same plan with another schedule.
	 * @param other the new schedule
	 * @return a new plan
	 */
	public PayoutPlan withSchedule(PayoutSchedule other) {
		return new PayoutPlan(this.channel, this.feeRate, other);
	}

}
