package io.sentia.analytics.outlook.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import io.sentia.analytics.cash.PayoutPlan;
import io.sentia.analytics.cash.PayoutSchedule;
import org.jspecify.annotations.Nullable;

/**
 * How one sales channel pays out, as configured: the engine's
 * {@link io.sentia.analytics.cash.PayoutPlan} with every field optional so that
 * {@link CashSettingsValidator} can name a missing one.
 *
 * @param channel the channel as forecasts name it, e.g. {@code amazon}
 * @param feeRate the part of revenue the channel keeps, 0 to 1 (default 0)
 * @param schedule when the rest is paid
 */
public record PayoutPlanSetting(@Nullable String channel, @Nullable BigDecimal feeRate,
		@Nullable ScheduleSetting schedule) {

	/**
	 * The engine's plan; call only on a setting the validator accepted.
	 * @return the plan
	 */
	public PayoutPlan toPlan() {
		return new PayoutPlan(this.channel, (this.feeRate != null) ? this.feeRate : BigDecimal.ZERO,
				this.schedule.toSchedule());
	}

	/**
	 * A payout schedule: {@code kind} is {@code daily} (uses {@code lagDays},
	 * {@code businessDays}), {@code settlement} ({@code anchor}, {@code periodDays},
	 * {@code payoutLagDays}, {@code reserveRate}, {@code reserveHoldDays}) or
	 * {@code net_terms} ({@code days}).
	 *
	 * @param kind the schedule's kind
	 * @param lagDays daily: days after the sale, 0 to 365
	 * @param businessDays daily: whether the lag counts Monday to Friday only (default
	 * false)
	 * @param anchor settlement: the first day of any one settlement period
	 * @param periodDays settlement: days per period, 1 to 366
	 * @param payoutLagDays settlement: days after a period closes the money arrives, 0 to
	 * 365
	 * @param reserveRate settlement: part of each settlement held back, 0 to 1 (default
	 * 0)
	 * @param reserveHoldDays settlement: days the reserve is held after the payout, 0 to
	 * 365 (default 0)
	 * @param days net_terms: days after the sale the customer pays, 0 to 365
	 */
	public record ScheduleSetting(@Nullable String kind, @Nullable Integer lagDays, @Nullable Boolean businessDays,
			@Nullable LocalDate anchor, @Nullable Integer periodDays, @Nullable Integer payoutLagDays,
			@Nullable BigDecimal reserveRate, @Nullable Integer reserveHoldDays, @Nullable Integer days) {

		/** The kinds, as the API names them. */
		public static final String DAILY = "daily";

		public static final String SETTLEMENT = "settlement";

		public static final String NET_TERMS = "net_terms";

		static ScheduleSetting daily(int lagDays, boolean businessDays) {
			return new ScheduleSetting(DAILY, lagDays, businessDays, null, null, null, null, null, null);
		}

		static ScheduleSetting settlement(LocalDate anchor, int periodDays, int payoutLagDays) {
			return new ScheduleSetting(SETTLEMENT, null, null, anchor, periodDays, payoutLagDays, BigDecimal.ZERO, 0,
					null);
		}

		static ScheduleSetting netTerms(int days) {
			return new ScheduleSetting(NET_TERMS, null, null, null, null, null, null, null, days);
		}

		/** The kind in lower case, or {@code null}. */
		@Nullable String normalisedKind() {
			return (this.kind != null) ? this.kind.toLowerCase(Locale.ROOT) : null;
		}

		PayoutSchedule toSchedule() {
			return switch (normalisedKind()) {
				case DAILY -> new PayoutSchedule.Daily(this.lagDays, Boolean.TRUE.equals(this.businessDays));
				case SETTLEMENT -> new PayoutSchedule.Settlement(this.anchor, this.periodDays, this.payoutLagDays,
						(this.reserveRate != null) ? this.reserveRate : BigDecimal.ZERO,
						(this.reserveHoldDays != null) ? this.reserveHoldDays : 0);
				case NET_TERMS -> new PayoutSchedule.NetTerms(this.days);
				case null, default -> throw new IllegalStateException("Unvalidated payout schedule kind " + this.kind);
			};
		}

	}

}
