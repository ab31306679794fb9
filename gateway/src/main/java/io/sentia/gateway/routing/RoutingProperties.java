package io.sentia.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The route table and the resilience policy every route gets ({@code sentia.gateway.*}).
 * Routes are a map keyed by route id so an environment (or a test) can override one value
 * of one route without restating the whole table.
 *
 * @param routes route id to backend
 * @param circuitBreaker the circuit breaker policy of every route
 * @param retry the retry policy of every route
 */
@Validated
@ConfigurationProperties("sentia.gateway")
public record RoutingProperties(@NotEmpty Map<String, @Valid @NotNull ServiceRoute> routes,
		@Valid @NotNull CircuitBreakerPolicy circuitBreaker, @Valid @NotNull RetryPolicy retry) {

	/**
	 * One route.
	 *
	 * @param service the Eureka service id the route load-balances over
	 * @param paths path patterns, forwarded unchanged
	 * @param timeout the longest one call may take (netty response timeout and
	 * TimeLimiter)
	 * @param slowCallThreshold calls slower than this count as slow for the circuit
	 * breaker
	 * @param rewritePath when set, the path the service is called on instead of the
	 * request's (e.g. {@code /api/me} to {@code /api/auth/v1/me})
	 * @param relayToken whether a logged-in browser's access token is sent on (off for
	 * public routes such as webhooks)
	 * @param signIn auth-service's own sign-in door (its pages and OAuth2 endpoints):
	 * public, exempt from the gateway's CSRF check (auth-service checks its own forms,
	 * token endpoints authenticate the client), never relays a token, matched before
	 * every other route
	 * @param stripCookies the cookies removed before the service; empty removes the whole
	 * {@code Cookie} header (services are stateless)
	 * @param stream a long-lived response (Server-Sent Events) that is open for as long
	 * as the client listens: no response timeout, no circuit breaker or time limiter (a
	 * stream would count as one endless slow call), no retry; each event is flushed to
	 * the client as it arrives. Matched before the other routes, so it can carve a path
	 * out of a service's route; {@code timeout} and {@code slowCallThreshold} are not
	 * applied
	 */
	public record ServiceRoute(@NotBlank String service, @NotEmpty List<@NotBlank String> paths,
			@NotNull Duration timeout, @NotNull Duration slowCallThreshold, String rewritePath,
			@DefaultValue("true") boolean relayToken, boolean signIn, @DefaultValue List<@NotBlank String> stripCookies,
			boolean stream) {

		public ServiceRoute {
			if (timeout != null && slowCallThreshold != null && slowCallThreshold.compareTo(timeout) > 0) {
				throw new IllegalArgumentException("slow-call-threshold " + slowCallThreshold + " of route to "
						+ service + " must not exceed its timeout " + timeout);
			}
		}

	}

	/**
	 * Resilience4j circuit breaker settings, all explicit (no library default is relied
	 * on).
	 *
	 * @param slidingWindowType count- or time-based window
	 * @param slidingWindowSize calls (or seconds) in the window
	 * @param minimumNumberOfCalls calls needed before the failure rate is judged
	 * @param failureRateThreshold percentage of failed calls that opens the circuit
	 * @param slowCallRateThreshold percentage of slow calls that opens the circuit
	 * @param waitInOpenState how long an open circuit rejects calls
	 * @param permittedCallsInHalfOpenState trial calls let through when half-open
	 * @param maxWaitInHalfOpenState longest stay in half-open before opening again
	 * @param automaticTransitionFromOpenToHalfOpen move to half-open on a timer rather
	 * than on the next call
	 */
	public record CircuitBreakerPolicy(@NotNull SlidingWindowType slidingWindowType, @Min(1) int slidingWindowSize,
			@Min(1) int minimumNumberOfCalls, @DecimalMin("1") @DecimalMax("100") float failureRateThreshold,
			@DecimalMin("1") @DecimalMax("100") float slowCallRateThreshold, @NotNull Duration waitInOpenState,
			@Min(1) int permittedCallsInHalfOpenState, @NotNull Duration maxWaitInHalfOpenState,
			boolean automaticTransitionFromOpenToHalfOpen) {

	}

	/**
	 * Retries for idempotent reads (GET, HEAD) on connection errors and 502/503/504.
	 *
	 * @param retries attempts after the first
	 * @param firstBackoff wait before the first retry
	 * @param maxBackoff longest wait between retries
	 * @param factor growth of the wait from one retry to the next
	 * @param jitter random share (0..1) of each wait, so retries from many callers spread
	 */
	public record RetryPolicy(@Min(1) int retries, @NotNull Duration firstBackoff, @NotNull Duration maxBackoff,
			@Min(1) int factor, @DecimalMin("0") @DecimalMax("1") double jitter) {

	}

}
