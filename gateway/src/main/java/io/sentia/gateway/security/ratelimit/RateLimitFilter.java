package io.sentia.gateway.security.ratelimit;

import io.sentia.gateway.network.ClientAddresses;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Draws one request from the bucket of the request's tier. Tiers keyed by client address
 * are counted before security (so login endpoints, answered inside the security chain,
 * and callers with bad credentials are counted too); tiers keyed by caller right after
 * security, which has verified who the caller is. Allowed: the request goes on, with
 * {@code X-RateLimit-Limit}/{@code X-RateLimit-Remaining}. Bucket empty: 429 problem with
 * {@code Retry-After}. Redis not answering within {@code redis-timeout}: the request goes
 * on unlimited (fail open), counted in {@code sentia.gateway.rate_limit.unavailable}.
 */
class RateLimitFilter implements WebFilter, Ordered {

	/** When a filter counts, relative to Spring Security's WebFilterChainProxy (-100). */
	enum Phase {

		/** Tiers keyed by client address, before security. */
		BEFORE_SECURITY(-101, RateLimitProperties.Key.CLIENT_ADDRESS),

		/** Tiers keyed by the verified caller. */
		AFTER_SECURITY(-99, RateLimitProperties.Key.CALLER);

		private final int order;

		private final RateLimitProperties.Key key;

		Phase(int order, RateLimitProperties.Key key) {
			this.order = order;
			this.key = key;
		}

	}

	private final Phase phase;

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private final RateLimitTiers tiers;

	private final RedisRateLimiter limiter;

	private final RateLimitProperties properties;

	private final ProblemResponseWriter problems;

	private final Counter unavailable;

	private final MeterRegistry meters;

	private final ClientAddresses clientAddresses;

	/**
	 * Whether the last call to Redis failed, so an outage is logged once, not per call.
	 */
	private final AtomicBoolean failing = new AtomicBoolean();

	RateLimitFilter(Phase phase, RateLimitTiers tiers, RedisRateLimiter limiter, RateLimitProperties properties,
			ProblemResponseWriter problems, MeterRegistry meters, ClientAddresses clientAddresses) {
		this.clientAddresses = clientAddresses;
		this.phase = phase;
		this.tiers = tiers;
		this.limiter = limiter;
		this.properties = properties;
		this.problems = problems;
		this.meters = meters;
		this.unavailable = Counter.builder("sentia.gateway.rate_limit.unavailable")
			.description("Requests let through unlimited because Redis did not answer")
			.register(meters);
	}

	@Override
	public int getOrder() {
		return this.phase.order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (HttpMethod.OPTIONS.equals(exchange.getRequest().getMethod())) {
			return chain.filter(exchange);
		}
		Optional<String> tier = this.tiers.tierOf(exchange.getRequest().getPath().pathWithinApplication())
			.filter((name) -> this.tiers.keyOf(name) == this.phase.key);
		if (tier.isEmpty()) {
			return chain.filter(exchange);
		}
		if (this.phase.key == RateLimitProperties.Key.CLIENT_ADDRESS) {
			return limit(exchange, chain, this.tiers.bucket(tier.get(), null),
					CallerKey.clientAddress(this.clientAddresses.of(exchange.getRequest())));
		}
		return exchange.getPrincipal()
			.map(CallerKey::of)
			.defaultIfEmpty(CallerKey.clientAddress(this.clientAddresses.of(exchange.getRequest())))
			.flatMap((caller) -> limit(exchange, chain, this.tiers.bucket(tier.get(), caller.tenantId()), caller));
	}

	private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, RateLimitTiers.Bucket bucket,
			CallerKey key) {
		return this.limiter.isAllowed(bucket.limiterId(), key.id())
			.timeout(this.properties.redisTimeout())
			.map((response) -> remainingTokens(response) < 0 ? Decision.unknown() : Decision.of(response))
			.onErrorResume((failure) -> {
				noteFailure(failure.toString());
				return Mono.just(Decision.unknown());
			})
			.flatMap((decision) -> answer(exchange, chain, bucket, decision));
	}

	private Mono<Void> answer(ServerWebExchange exchange, WebFilterChain chain, RateLimitTiers.Bucket bucket,
			Decision decision) {
		TokenBucket size = bucket.size();
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set(RateLimitHeaders.LIMIT, Integer.toString(size.requests()));
		if (decision.tokensLeft() < 0) {
			// Redis did not answer: nothing is known about the bucket, so no Remaining.
			noteFailure("no answer from the limiter");
			this.unavailable.increment();
			return chain.filter(exchange);
		}
		recovered();
		headers.set(RateLimitHeaders.REMAINING, Long.toString(size.remainingRequests(decision.tokensLeft())));
		if (decision.allowed()) {
			return chain.filter(exchange);
		}
		long retryAfter = size.secondsUntilNextRequest(decision.tokensLeft());
		this.meters.counter("sentia.gateway.rate_limit.rejected", "tier", bucket.tier()).increment();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		ProblemDetail problem = Problems.forStatus(HttpStatus.TOO_MANY_REQUESTS, "Rate limit of " + size.requests()
				+ " requests per " + readable(size) + " reached; retry in " + retryAfter + " s");
		problem.setProperty("tier", bucket.tier());
		problem.setProperty("limit", size.requests());
		problem.setProperty("retryAfterSeconds", retryAfter);
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return this.problems.write(exchange, problem);
	}

	private static long remainingTokens(RateLimiter.Response response) {
		// RedisRateLimiter answers "allowed" with -1 tokens left when its Redis call
		// failed.
		String remaining = response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER);
		return (remaining != null) ? Long.parseLong(remaining) : -1;
	}

	private void noteFailure(String why) {
		if (this.failing.compareAndSet(false, true)) {
			log.warn("Rate limiting fails open: Redis did not answer ({})", why);
		}
	}

	private void recovered() {
		if (this.failing.compareAndSet(true, false)) {
			log.info("Rate limiting works again: Redis answers");
		}
	}

	private static String readable(TokenBucket size) {
		long seconds = size.period().toSeconds();
		return (seconds % 60 == 0) ? (seconds / 60) + " min" : seconds + " s";
	}

	/** What the limiter said; {@code tokensLeft < 0} means it could not tell. */
	private record Decision(boolean allowed, long tokensLeft) {

		static Decision of(RateLimiter.Response response) {
			return new Decision(response.isAllowed(), remainingTokens(response));
		}

		static Decision unknown() {
			return new Decision(true, -1);
		}

	}

}
