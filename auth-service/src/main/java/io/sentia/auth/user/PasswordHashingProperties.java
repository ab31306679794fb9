package io.sentia.auth.user;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How password hashing is bounded.
 *
 * @param maxConcurrent hashes computed at once (each takes 19 MiB and a core for tens of
 * milliseconds); 0 means one per available processor
 * @param maxWait how long a request waits for a free slot before it is answered 503
 * @param maxPerCaller hashes one caller (client address) may have waiting or running at
 * once; more are answered 429 at once; 0 means 4. One caller never runs more than half of
 * the slots (at least one)
 */
@Validated
@ConfigurationProperties("sentia.auth.password-hashing")
public record PasswordHashingProperties(@Min(0) int maxConcurrent, @NotNull Duration maxWait,
		@Min(0) int maxPerCaller) {

	public PasswordHashingProperties {
		if (maxWait == null) {
			maxWait = Duration.ofSeconds(2);
		}
		if (maxPerCaller == 0) {
			maxPerCaller = 4;
		}
	}

	int permits() {
		return (this.maxConcurrent > 0) ? this.maxConcurrent : Runtime.getRuntime().availableProcessors();
	}

}
