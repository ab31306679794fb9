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
 */
@Validated
@ConfigurationProperties("sentia.auth.password-hashing")
public record PasswordHashingProperties(@Min(0) int maxConcurrent, @NotNull Duration maxWait) {

	public PasswordHashingProperties {
		if (maxWait == null) {
			maxWait = Duration.ofSeconds(2);
		}
	}

	int permits() {
		return (this.maxConcurrent > 0) ? this.maxConcurrent : Runtime.getRuntime().availableProcessors();
	}

}
