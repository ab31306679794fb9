package io.sentia.gateway.security.ratelimit;

import java.math.BigInteger;
import java.time.Duration;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/**
 * "N requests per period" as a {@link RedisRateLimiter} bucket. The limiter refills whole
 * tokens per second, so each request costs {@code tokensPerRequest} tokens: with
 * {@code g = gcd(N, period seconds)} the bucket refills {@code N/g} tokens a second and a
 * request costs {@code period/g}, which refills exactly N requests per period; a full
 * bucket holds N requests. E.g. 1000 per 900 s: refill 10/s, 9 per request, capacity
 * 9000.
 *
 * @param requests requests per period, also the burst
 * @param period the period
 * @param replenishRate tokens added per second
 * @param tokensPerRequest tokens one request costs
 */
public record TokenBucket(int requests, Duration period, int replenishRate, int tokensPerRequest) {

	public static TokenBucket of(int requests, Duration period) {
		long seconds = period.toSeconds();
		long gcd = BigInteger.valueOf(requests).gcd(BigInteger.valueOf(seconds)).longValueExact();
		return new TokenBucket(requests, period, Math.toIntExact(requests / gcd), Math.toIntExact(seconds / gcd));
	}

	public long capacity() {
		return (long) this.requests * this.tokensPerRequest;
	}

	public RedisRateLimiter.Config limiterConfig() {
		return new RedisRateLimiter.Config().setReplenishRate(this.replenishRate)
			.setBurstCapacity(capacity())
			.setRequestedTokens(this.tokensPerRequest);
	}

	/** Whole requests the bucket still holds. */
	public long remainingRequests(long tokensLeft) {
		return Math.max(0, tokensLeft) / this.tokensPerRequest;
	}

	/** Seconds until one request's worth of tokens is back (at least 1). */
	public long secondsUntilNextRequest(long tokensLeft) {
		long missing = this.tokensPerRequest - Math.max(0, tokensLeft);
		if (missing <= 0) {
			return 1;
		}
		return Math.max(1, (missing + this.replenishRate - 1) / this.replenishRate);
	}

}
