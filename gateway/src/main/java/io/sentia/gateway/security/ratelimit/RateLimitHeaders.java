package io.sentia.gateway.security.ratelimit;

/** The headers every rate-limited response carries, counted in requests. */
public final class RateLimitHeaders {

	public static final String LIMIT = "X-RateLimit-Limit";

	public static final String REMAINING = "X-RateLimit-Remaining";

	private RateLimitHeaders() {
	}

}
