package io.sentia.analytics.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long answers are kept, and where.
 *
 * @param enabled whether answers are cached at all; when off every request computes
 * @param localMaximumSize answers kept in each instance's memory, across tenants
 * @param localTimeToLive how long an instance keeps an answer in memory
 * @param sharedTimeToLive how long Redis keeps an answer for every instance
 * @param generationRefresh how long an instance trusts the generations it read from
 * Redis: the longest another instance's event can go unnoticed here
 */
@ConfigurationProperties("sentia.analytics.cache")
public record AnswerCacheProperties(Boolean enabled, Long localMaximumSize, Duration localTimeToLive,
		Duration sharedTimeToLive, Duration generationRefresh) {

	public AnswerCacheProperties {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		localMaximumSize = (localMaximumSize != null) ? localMaximumSize : 10_000L;
		localTimeToLive = (localTimeToLive != null) ? localTimeToLive : Duration.ofMinutes(5);
		sharedTimeToLive = (sharedTimeToLive != null) ? sharedTimeToLive : Duration.ofHours(1);
		generationRefresh = (generationRefresh != null) ? generationRefresh : Duration.ofSeconds(1);
	}

}
