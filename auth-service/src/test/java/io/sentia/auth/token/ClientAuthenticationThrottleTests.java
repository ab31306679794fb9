package io.sentia.auth.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAuthenticationThrottleTests {

	private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

	private final ClientAuthenticationThrottleProperties limits = new ClientAuthenticationThrottleProperties(3, 5,
			Duration.ofMinutes(5), 8);

	@Test
	void refusesAnAddressAfterItsLimitUntilTheOldestFailureLeavesTheWindow() {
		ClientAuthenticationThrottle throttle = new ClientAuthenticationThrottle(this.limits, at(START));
		for (int failure = 0; failure < 3; failure++) {
			throttle.recordFailure("203.0.113.1", "client-" + failure);
		}

		assertThat(throttle.refusal("203.0.113.1", "another")).hasValue(Duration.ofMinutes(5));
		assertThat(throttle.refusal("203.0.113.2", "another")).isEmpty();
		assertThat(new ClientAuthenticationThrottle(this.limits, at(START.plusSeconds(301))).refusal("203.0.113.1",
				"another"))
			.isEmpty();
	}

	@Test
	void refusesAClientIdAfterItsLimitFromAnyAddress() {
		MovingClock clock = new MovingClock(START);
		ClientAuthenticationThrottle throttle = new ClientAuthenticationThrottle(this.limits, clock);
		for (int failure = 0; failure < 5; failure++) {
			clock.advance(Duration.ofSeconds(10));
			throttle.recordFailure("198.51.100." + failure, "partner-x");
		}

		assertThat(throttle.refusal("192.0.2.9", "partner-x")).hasValue(Duration.ofMinutes(5).minusSeconds(40));
		assertThat(throttle.refusal("192.0.2.9", "partner-y")).isEmpty();
		clock.advance(Duration.ofMinutes(4).plusSeconds(21));
		assertThat(throttle.refusal("192.0.2.9", "partner-x")).isEmpty();
	}

	@Test
	void forgetsFailuresOutsideTheWindow() {
		MovingClock clock = new MovingClock(START);
		ClientAuthenticationThrottle throttle = new ClientAuthenticationThrottle(this.limits, clock);
		throttle.recordFailure("203.0.113.5", "partner-z");
		throttle.recordFailure("203.0.113.5", "partner-z");
		clock.advance(Duration.ofMinutes(6));
		throttle.forgetOldFailures();
		throttle.recordFailure("203.0.113.5", "partner-z");
		throttle.recordFailure("203.0.113.5", "partner-z");

		assertThat(throttle.refusal("203.0.113.5", "partner-z")).isEmpty();
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	private static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
