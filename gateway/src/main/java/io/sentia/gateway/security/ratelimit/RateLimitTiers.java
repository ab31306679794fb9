package io.sentia.gateway.security.ratelimit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which tier a path belongs to and which bucket a tenant gets in it. Every bucket is
 * registered with the {@link RedisRateLimiter} under a limiter id ({@code tier} or
 * {@code tier@tenant} for a tenant's own limit), which also names its Redis keys.
 */
@Component
class RateLimitTiers {

	private final List<TierPattern> patterns = new ArrayList<>();

	private final Map<String, Bucket> buckets = new LinkedHashMap<>();

	RateLimitTiers(RateLimitProperties properties, RedisRateLimiter limiter) {
		properties.tiers().forEach((name, tier) -> {
			register(limiter, name, new Bucket(name, name, tier.key(), TokenBucket.of(tier.requests(), tier.period())));
			tier.paths()
				.forEach((path) -> this.patterns
					.add(new TierPattern(PathPatternParser.defaultInstance.parse(path), name)));
		});
		properties.tenants().forEach((tenant, overrides) -> overrides.forEach((name, requests) -> {
			RateLimitProperties.Tier tier = properties.tiers().get(name);
			register(limiter, name + "@" + tenant,
					new Bucket(name + "@" + tenant, name, tier.key(), TokenBucket.of(requests, tier.period())));
		}));
		this.patterns.sort(Comparator.comparing(TierPattern::pattern, PathPattern.SPECIFICITY_COMPARATOR));
	}

	private void register(RedisRateLimiter limiter, String limiterId, Bucket bucket) {
		limiter.getConfig().put(limiterId, bucket.size().limiterConfig());
		this.buckets.put(limiterId, bucket);
	}

	/**
	 * The tier of a path, the most specific pattern winning.
	 * @param path the request path
	 * @return the tier's name, empty when the path is not limited
	 */
	Optional<String> tierOf(PathContainer path) {
		return this.patterns.stream()
			.filter((candidate) -> candidate.pattern().matches(path))
			.map(TierPattern::tier)
			.findFirst();
	}

	RateLimitProperties.Key keyOf(String tier) {
		return this.buckets.get(tier).key();
	}

	/**
	 * The bucket a tenant draws from in a tier: its own when configured, else the tier's.
	 * @param tier the tier
	 * @param tenantId the caller's tenant, or null when unknown
	 * @return the bucket
	 */
	Bucket bucket(String tier, String tenantId) {
		Bucket own = (tenantId != null) ? this.buckets.get(tier + "@" + tenantId) : null;
		return (own != null) ? own : this.buckets.get(tier);
	}

	private record TierPattern(PathPattern pattern, String tier) {
	}

	/**
	 * A registered bucket.
	 *
	 * @param limiterId the id the limiter knows it by
	 * @param tier the tier's name
	 * @param key who shares one bucket
	 * @param size its size and refill
	 */
	record Bucket(String limiterId, String tier, RateLimitProperties.Key key, TokenBucket size) {
	}

}
