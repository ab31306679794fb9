package io.sentia.integrations.shopify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.sentia.integrations.connector.ProviderResponse;
import io.sentia.integrations.connector.RatePolicy.Throttle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShopifyRatePolicyTests {

	private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

	private final ShopifyRatePolicy policy = new ShopifyRatePolicy();

	@Test
	void callsFreelyUntilShopifyHasSaidAnything() {
		assertThat(this.policy.delayBeforeCall(T0)).isZero();
		assertThat(this.policy.remainingQuota()).isEmpty();
	}

	@Test
	void waitsForTheRestBucketToLeakWhenItIsFull() {
		this.policy.observe(withCallLimit("40/40"), T0);

		assertThat(this.policy.delayBeforeCall(T0)).isEqualTo(Duration.ofMillis(500));
		assertThat(this.policy.delayBeforeCall(T0.plusMillis(500))).isZero();
	}

	@Test
	void doesNotWaitWhileTheRestBucketHasRoom() {
		this.policy.observe(withCallLimit("32/40"), T0);

		assertThat(this.policy.delayBeforeCall(T0)).isZero();
	}

	@Test
	void waitsForTheCostBucketToRestoreTheNextQuerysCost() {
		this.policy.observeCost(302, 102, 1000, 50, T0);

		assertThat(this.policy.delayBeforeCall(T0)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.policy.delayBeforeCall(T0.plusSeconds(3))).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.policy.delayBeforeCall(T0.plusSeconds(4))).isZero();
		assertThat(this.policy.remainingQuota()).hasValue(102);
	}

	@Test
	void neverWaitsForMoreThanTheBucketCanHold() {
		this.policy.observeCost(5000, 0, 1000, 50, T0);

		assertThat(this.policy.delayBeforeCall(T0)).isEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void honoursRetryAfterAndDefaultsToOneSecond() {
		assertThat(
				this.policy.onThrottled(new ProviderResponse(429, Map.of("Retry-After", List.of("2.0")), null), 1, T0))
			.isEqualTo(new Throttle.RetryAfter(Duration.ofSeconds(2)));
		assertThat(this.policy.onThrottled(new ProviderResponse(429, Map.of(), null), 1, T0))
			.isEqualTo(new Throttle.RetryAfter(Duration.ofSeconds(1)));
	}

	private static ProviderResponse withCallLimit(String value) {
		return new ProviderResponse(200, Map.of("X-Shopify-Shop-Api-Call-Limit", List.of(value)), null);
	}

}
