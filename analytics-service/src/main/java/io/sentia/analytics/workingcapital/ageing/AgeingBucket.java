package io.sentia.analytics.workingcapital.ageing;

/** How long past its due date an open item is at the as-of date. */
public enum AgeingBucket {

	/** Not yet due, or due on the as-of date. */
	CURRENT,

	/** 1 to 30 days overdue. */
	DAYS_1_TO_30,

	/** 31 to 60 days overdue. */
	DAYS_31_TO_60,

	/** 61 to 90 days overdue. */
	DAYS_61_TO_90,

	/** More than 90 days overdue. */
	OVER_90;

	/**
	 * The bucket for a number of days overdue.
	 * @param daysOverdue as-of date minus due date; zero or negative when not overdue
	 * @return the bucket
	 */
	public static AgeingBucket forDaysOverdue(long daysOverdue) {
		if (daysOverdue <= 0) {
			return CURRENT;
		}
		if (daysOverdue <= 30) {
			return DAYS_1_TO_30;
		}
		if (daysOverdue <= 60) {
			return DAYS_31_TO_60;
		}
		if (daysOverdue <= 90) {
			return DAYS_61_TO_90;
		}
		return OVER_90;
	}

}
