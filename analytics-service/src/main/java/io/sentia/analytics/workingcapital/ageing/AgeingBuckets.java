package io.sentia.analytics.workingcapital.ageing;

import java.math.BigDecimal;
import java.util.List;

/**
 * Open amounts by bucket and their total, all in one currency and rounded to its minor
 * unit; {@code total} is exactly the sum of the five buckets.
 *
 * @param current not yet due
 * @param days1To30 1–30 days overdue
 * @param days31To60 31–60 days overdue
 * @param days61To90 61–90 days overdue
 * @param over90 more than 90 days overdue
 * @param total everything open
 * @param items how many open items the amounts cover
 */
public record AgeingBuckets(BigDecimal current, BigDecimal days1To30, BigDecimal days31To60, BigDecimal days61To90,
		BigDecimal over90, BigDecimal total, int items) {

	/**
	 * The amount in one bucket.
	 * @param bucket the bucket
	 * @return its amount
	 */
	public BigDecimal amount(AgeingBucket bucket) {
		return switch (bucket) {
			case CURRENT -> this.current;
			case DAYS_1_TO_30 -> this.days1To30;
			case DAYS_31_TO_60 -> this.days31To60;
			case DAYS_61_TO_90 -> this.days61To90;
			case OVER_90 -> this.over90;
		};
	}

	/**
	 * The five bucket amounts in bucket order.
	 * @return current, 1–30, 31–60, 61–90, over 90
	 */
	public List<BigDecimal> bucketAmounts() {
		return List.of(this.current, this.days1To30, this.days31To60, this.days61To90, this.over90);
	}

}
