package io.sentia.gateway.security.ratelimit;

import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTests {

	@ParameterizedTest(name = "{0} per {1} s -> refill {2}/s, {3} per request, capacity {4}")
	@CsvSource({ "1000, 900, 10, 9, 9000", "50, 900, 1, 18, 900", "200, 900, 2, 9, 1800", "3, 900, 1, 300, 900",
			"6000, 900, 20, 3, 18000" })
	void expressesRequestsPerPeriodInWholeTokensPerSecond(int requests, int seconds, int rate, int perRequest,
			long capacity) {
		TokenBucket bucket = TokenBucket.of(requests, Duration.ofSeconds(seconds));

		assertThat(bucket.replenishRate()).isEqualTo(rate);
		assertThat(bucket.tokensPerRequest()).isEqualTo(perRequest);
		assertThat(bucket.capacity()).isEqualTo(capacity);
		assertThat(bucket.limiterConfig().getBurstCapacity()).isEqualTo(capacity);
	}

	@Property
	void refillsExactlyTheAllowedRequestsPerPeriod(@ForAll @IntRange(min = 1, max = 100_000) int requests,
			@ForAll @IntRange(min = 1, max = 86_400) int seconds) {
		TokenBucket bucket = TokenBucket.of(requests, Duration.ofSeconds(seconds));

		assertThat((long) bucket.replenishRate() * seconds).isEqualTo((long) requests * bucket.tokensPerRequest());
		assertThat(bucket.remainingRequests(bucket.capacity())).isEqualTo(requests);
	}

	@Test
	void countsRemainingInWholeRequests() {
		TokenBucket bucket = TokenBucket.of(1000, Duration.ofMinutes(15));

		assertThat(bucket.remainingRequests(8991)).isEqualTo(999);
		assertThat(bucket.remainingRequests(8)).isZero();
	}

	@Test
	void saysWhenTheNextRequestsWorthOfTokensIsBack() {
		TokenBucket bucket = TokenBucket.of(1000, Duration.ofMinutes(15));

		assertThat(bucket.secondsUntilNextRequest(0)).isEqualTo(1);
		assertThat(TokenBucket.of(50, Duration.ofMinutes(15)).secondsUntilNextRequest(3)).isEqualTo(15);
	}

}
