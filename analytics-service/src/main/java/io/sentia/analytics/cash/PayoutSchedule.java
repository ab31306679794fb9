package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * When a channel pays out the money of a day's sales: one of a small set of kinds, each
 * with its parameters. As JSON (a stored or configured plan) the kind is named by
 * {@code kind}: {@code daily}, {@code settlement} or {@code net_terms}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = PayoutSchedule.Daily.class, name = "daily"),
		@JsonSubTypes.Type(value = PayoutSchedule.Settlement.class, name = "settlement"),
		@JsonSubTypes.Type(value = PayoutSchedule.NetTerms.class, name = "net_terms") })
public sealed interface PayoutSchedule {

	/**
	 * Each day's sales are paid a fixed number of days later, e.g. Shopify Payments at
	 * T+3 business days.
	 *
	 * @param lagDays days after the sale, at least 0
	 * @param businessDays whether the lag counts Monday to Friday only (a payout that
	 * would fall on a weekend moves to the Monday); bank holidays are not known
	 */
	record Daily(int lagDays, boolean businessDays) implements PayoutSchedule {

		public Daily {
			if (lagDays < 0 || lagDays > 365) {
				throw new IllegalArgumentException("lagDays must be between 0 and 365");
			}
		}

	}

	/**
	 * Sales accumulate over fixed settlement periods; each period is paid some days after
	 * it closes, less a reserve that is released later, e.g. Amazon every 14 days.
	 *
	 * @param anchor the first day of any one settlement period; the others follow every
	 * {@code periodDays} before and after it
	 * @param periodDays length of a settlement period, at least 1
	 * @param payoutLagDays days after the period closes (its last day + 1) the money
	 * arrives, at least 0
	 * @param reserveRate the part of each settlement held back, from 0 to 1
	 * @param reserveHoldDays days after the settlement's payout the reserve is released,
	 * at least 0
	 */
	record Settlement(LocalDate anchor, int periodDays, int payoutLagDays, BigDecimal reserveRate,
			int reserveHoldDays) implements PayoutSchedule {

		public Settlement {
			Objects.requireNonNull(anchor, "anchor");
			Objects.requireNonNull(reserveRate, "reserveRate");
			if (periodDays < 1 || periodDays > 366) {
				throw new IllegalArgumentException("periodDays must be between 1 and 366");
			}
			if (payoutLagDays < 0 || payoutLagDays > 365 || reserveHoldDays < 0 || reserveHoldDays > 365) {
				throw new IllegalArgumentException("payoutLagDays and reserveHoldDays must be between 0 and 365");
			}
			if (reserveRate.signum() < 0 || reserveRate.compareTo(BigDecimal.ONE) > 0) {
				throw new IllegalArgumentException("reserveRate must be between 0 and 1");
			}
		}

	}

	/**
	 * Each day's sales are invoiced to customers who pay on net terms, e.g. wholesale net
	 * 30; customers paying later in a scenario move these payouts too.
	 *
	 * @param days days after the sale the customer pays
	 */
	record NetTerms(int days) implements PayoutSchedule {

		public NetTerms {
			if (Math.abs(days) > MAX_DAYS) {
				throw new IllegalArgumentException("days must be between -" + MAX_DAYS + " and " + MAX_DAYS);
			}
		}

		/** The longest terms either way, ten years. */
		public static final int MAX_DAYS = 3650;

		/**
		 * Terms held within {@link #MAX_DAYS}, for terms a scenario shifts.
		 * @param days any terms
		 * @return the terms, at most {@link #MAX_DAYS} either way
		 */
		public static int bounded(int days) {
			return Math.max(-MAX_DAYS, Math.min(MAX_DAYS, days));
		}

	}

}
