package io.sentia.integrations.xero;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy.Throttle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XeroRatePolicyTests {

	private static final Instant NOW = Instant.parse("2026-11-22T15:42:10Z");

	private final XeroRatePolicy policy = new XeroRatePolicy();

	@Test
	void theMinuteLimitWaitsForRetryAfter() {
		Throttle throttle = this.policy.onThrottled(throttled("minute", "23"), 1, NOW);
		assertThat(throttle).isEqualTo(new Throttle.RetryAfter(Duration.ofSeconds(23)));
	}

	@Test
	void theMinuteLimitWithoutRetryAfterWaitsAMinute() {
		assertThat(this.policy.onThrottled(throttled("minute", null), 1, NOW))
			.isEqualTo(new Throttle.RetryAfter(Duration.ofMinutes(1)));
	}

	@Test
	void theDayLimitPausesUntilTheNextUtcDayAndSaysSo() {
		Throttle throttle = this.policy.onThrottled(throttled("day", "120"), 1, NOW);
		assertThat(throttle).isInstanceOfSatisfying(Throttle.PauseUntil.class, (pause) -> {
			assertThat(pause.until()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
			assertThat(pause.reason()).contains("daily limit").contains("X-Rate-Limit-Problem: day");
		});
	}

	@Test
	void theDayLimitHonoursARetryAfterBeyondMidnight() {
		Throttle throttle = this.policy.onThrottled(throttled("Day", "40000"), 1, NOW);
		assertThat(throttle).isInstanceOfSatisfying(Throttle.PauseUntil.class,
				(pause) -> assertThat(pause.until()).isEqualTo(NOW.plusSeconds(40000)));
	}

	@Test
	void aSpentMinuteDelaysTheNextCallUntilTheMinuteRollsOver() {
		this.policy.observe(response(200, Map.of("X-MinLimit-Remaining", "0", "X-DayLimit-Remaining", "4100")), NOW);
		assertThat(this.policy.delayBeforeCall(NOW.plusSeconds(20))).isEqualTo(Duration.ofSeconds(40));
		assertThat(this.policy.delayBeforeCall(NOW.plusSeconds(61))).isZero();
		assertThat(this.policy.remainingQuota()).hasValue(4100);
	}

	@Test
	void callsGoAtOnceWhileTheMinuteHasCallsLeft() {
		this.policy.observe(response(200, Map.of("X-MinLimit-Remaining", "12")), NOW);
		assertThat(this.policy.delayBeforeCall(NOW)).isZero();
		assertThat(this.policy.maxConcurrentCalls()).isEqualTo(5);
	}

	@Test
	void malformedHeadersTeachNothing() {
		this.policy.observe(response(200, Map.of("X-MinLimit-Remaining", "lots", "X-DayLimit-Remaining", "")), NOW);
		assertThat(this.policy.delayBeforeCall(NOW)).isZero();
		assertThat(this.policy.remainingQuota()).isEmpty();
	}

	private static ProviderResponse throttled(String problem, String retryAfter) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Rate-Limit-Problem", problem);
		if (retryAfter != null) {
			headers.put("Retry-After", retryAfter);
		}
		return response(429, headers);
	}

	private static ProviderResponse response(int status, Map<String, String> headers) {
		Map<String, List<String>> all = new LinkedHashMap<>();
		headers.forEach((name, value) -> all.put(name, List.of(value)));
		return new ProviderResponse(status, all, "{}".getBytes(StandardCharsets.UTF_8));
	}

}
