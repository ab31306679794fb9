package io.sentia.auth.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Remembers recent failed client authentications per client address and per client id, in
 * memory, and says how long a new attempt must wait once either has had too many. It is
 * asked before the secret is hashed, so a flood of wrong secrets costs a map lookup, not
 * an Argon2 hash. Each instance counts on its own: that bounds each instance's hashing,
 * which is what the throttle protects.
 */
class ClientAuthenticationThrottle {

	private final Map<String, ArrayDeque<Instant>> byAddress = new ConcurrentHashMap<>();

	private final Map<String, ArrayDeque<Instant>> byClient = new ConcurrentHashMap<>();

	private final ClientAuthenticationThrottleProperties properties;

	private final Clock clock;

	ClientAuthenticationThrottle(ClientAuthenticationThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Says whether an attempt may go ahead.
	 * @param address the client address
	 * @param clientId the client id the attempt names, or {@code null} if none
	 * @return how long to wait, or empty if the attempt may be checked now
	 */
	Optional<Duration> refusal(String address, @Nullable String clientId) {
		Instant now = this.clock.instant();
		Optional<Duration> addressWait = wait(this.byAddress, address, this.properties.maxFailuresPerAddress(), now);
		Optional<Duration> clientWait = (clientId != null)
				? wait(this.byClient, clientId, this.properties.maxFailuresPerClient(), now) : Optional.empty();
		if (addressWait.isPresent() && clientWait.isPresent()) {
			return Optional
				.of(addressWait.get().compareTo(clientWait.get()) >= 0 ? addressWait.get() : clientWait.get());
		}
		return addressWait.or(() -> clientWait);
	}

	void recordFailure(String address, @Nullable String clientId) {
		Instant now = this.clock.instant();
		record(this.byAddress, address, this.properties.maxFailuresPerAddress(), now);
		if (clientId != null) {
			record(this.byClient, clientId, this.properties.maxFailuresPerClient(), now);
		}
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void forgetOldFailures() {
		Instant since = this.clock.instant().minus(this.properties.window());
		forget(this.byAddress, since);
		forget(this.byClient, since);
	}

	private Optional<Duration> wait(Map<String, ArrayDeque<Instant>> failures, String key, int limit, Instant now) {
		ArrayDeque<Instant> recent = failures.get(key);
		if (recent == null) {
			return Optional.empty();
		}
		synchronized (recent) {
			Instant since = now.minus(this.properties.window());
			recent.removeIf((failedAt) -> !failedAt.isAfter(since));
			if (recent.size() < limit) {
				return Optional.empty();
			}
			// The attempt may go ahead once the oldest counted failure leaves the window.
			return Optional.of(Duration.between(since, recent.peekFirst()));
		}
	}

	private static void record(Map<String, ArrayDeque<Instant>> failures, String key, int limit, Instant now) {
		ArrayDeque<Instant> recent = failures.computeIfAbsent(key, (ignored) -> new ArrayDeque<>());
		synchronized (recent) {
			recent.addLast(now);
			while (recent.size() > limit) {
				recent.removeFirst();
			}
		}
	}

	private static void forget(Map<String, ArrayDeque<Instant>> failures, Instant since) {
		failures.values().removeIf((recent) -> {
			synchronized (recent) {
				recent.removeIf((failedAt) -> !failedAt.isAfter(since));
				return recent.isEmpty();
			}
		});
	}

}
