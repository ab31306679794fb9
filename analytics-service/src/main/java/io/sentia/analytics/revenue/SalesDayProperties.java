package io.sentia.analytics.revenue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@link SalesDayBuilder} keeps the daily sales ({@code sales_day}) built.
 *
 * @param enabled whether this instance builds them at all; when no instance does, every
 * day stays stale and answers are summed from the orders, as before the daily sales
 * @param interval the pause between two passes
 * @param quiet how long a day must have been left alone before it is built, so a day
 * receiving orders now is not rebuilt after every batch
 * @param daysPerBatch days built in one transaction
 */
@ConfigurationProperties("sentia.analytics.sales-days")
public record SalesDayProperties(Boolean enabled, Duration interval, Duration quiet, Integer daysPerBatch) {

	public SalesDayProperties {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		interval = (interval != null) ? interval : Duration.ofSeconds(1);
		quiet = (quiet != null) ? quiet : Duration.ofSeconds(1);
		daysPerBatch = (daysPerBatch != null) ? daysPerBatch : 31;
	}

}
