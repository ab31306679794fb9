package io.sentia.gateway.security.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate-limit tiers ({@code sentia.gateway.rate-limits.*}). A request belongs to the tier
 * whose path pattern matches it most specifically; a path no tier matches is not limited.
 *
 * @param tiers tier name to its limit
 * @param tenants tenant id to tier name to the number of requests per the tier's period
 * that tenant gets instead (tiers keyed by caller only)
 * @param redisTimeout the longest the gateway waits for Redis before letting the request
 * through unlimited
 */
@Validated
@ConfigurationProperties("sentia.gateway.rate-limits")
public record RateLimitProperties(@DefaultValue Map<String, @Valid @NotNull Tier> tiers,
		@DefaultValue Map<String, Map<String, @Min(1) Integer>> tenants,
		@DefaultValue("500ms") @NotNull Duration redisTimeout) {

	public RateLimitProperties {
		tenants.forEach((tenant, overrides) -> overrides.keySet().forEach((tier) -> {
			if (!tiers.containsKey(tier)) {
				throw new IllegalArgumentException(
						"sentia.gateway.rate-limits.tenants." + tenant + " names unknown tier " + tier);
			}
			if (tiers.get(tier).key() != Key.CALLER) {
				// Counted before anyone is authenticated: the tenant is not known yet.
				throw new IllegalArgumentException("sentia.gateway.rate-limits.tenants." + tenant + "." + tier
						+ ": tier " + tier + " is counted per client address, not per tenant");
			}
		}));
	}

	/**
	 * @param paths path patterns of the tier
	 * @param requests requests allowed per period (also the burst: a full bucket)
	 * @param period the period, in whole seconds
	 * @param key who shares one bucket
	 */
	public record Tier(@NotEmpty List<String> paths, @Min(1) int requests, @NotNull Duration period,
			@NotNull @DefaultValue("caller") Key key) {

		public Tier {
			if (period != null && (period.toMillis() % 1000 != 0 || period.toSeconds() < 1)) {
				throw new IllegalArgumentException("rate-limit period must be whole seconds, was " + period);
			}
		}

	}

	/** Who shares one bucket. */
	public enum Key {

		/**
		 * The verified caller: tenant + user for a session, tenant + client for a
		 * partner; the client address when nobody is logged in.
		 */
		CALLER,

		/** The client address, whoever calls (login and other auth endpoints). */
		CLIENT_ADDRESS

	}

}
