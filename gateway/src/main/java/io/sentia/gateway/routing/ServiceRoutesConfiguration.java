package io.sentia.gateway.routing;

import java.io.IOException;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.sentia.gateway.network.ClientAddresses;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.filter.factory.TokenRelayGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Builds one route per {@code sentia.gateway.routes} entry: circuit breaker (with time
 * limiter) outermost, retry inside it, then load balancing over Eureka.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutesConfiguration {

	static final String FALLBACK_PATH = "/_gateway/unavailable/";

	// Explicit orders: the circuit breaker must wrap the retries, so a retried request is
	// one
	// call for the breaker and its TimeLimiter bounds all attempts together.
	private static final int CIRCUIT_BREAKER_ORDER = 1;

	// Outside the circuit breaker: a failing token refresh at auth-service is not a
	// failure of the route's service.
	private static final int TOKEN_RELAY_ORDER = 0;

	private static final int RETRY_ORDER = 2;

	private static final int CARVED_OUT_ROUTE_ORDER = -1;

	private static final long NO_RESPONSE_TIMEOUT = -1;

	@Bean
	RouteLocator serviceRoutes(RouteLocatorBuilder builder, RoutingProperties properties,
			SpringCloudCircuitBreakerFilterFactory circuitBreakers, RetryGatewayFilterFactory retries,
			TokenRelayGatewayFilterFactory tokenRelay) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		properties.routes().forEach((id, route) -> {
			GatewayFilter circuitBreaker = circuitBreakers.apply(id,
					(config) -> config.setName(id).setFallbackUri("forward:" + FALLBACK_PATH + id));
			GatewayFilter retry = retries.apply(id, (config) -> idempotentRetry(config, properties.retry()));
			// Sign-in paths are matched first: /api/auth/v1/password-resets is also under
			// the auth route's /api/auth/**; so are streams and every route of exact
			// paths
			// (no /**), carved out of their service's route with timeouts of their own.
			boolean carvedOut = route.signIn() || route.stream()
					|| route.paths().stream().noneMatch((path) -> path.endsWith("/**"));
			int order = carvedOut ? CARVED_OUT_ROUTE_ORDER : 0;
			routes.route(id,
					(spec) -> spec.order(order).path(route.paths().toArray(String[]::new)).filters((filters) -> {
						if (!route.stream()) {
							filters.filter(circuitBreaker, CIRCUIT_BREAKER_ORDER).filter(retry, RETRY_ORDER);
						}
						// The browser's session and CSRF cookies are the edge's business;
						// services are stateless and get the caller from the token.
						// auth-service's
						// sign-in pages keep their own cookie.
						if (route.stripCookies().isEmpty()) {
							filters.removeRequestHeader(HttpHeaders.COOKIE);
						}
						else {
							filters.filter(new StripCookiesFilter(route.stripCookies()));
						}
						if (route.signIn()) {
							// auth-service builds its redirects (to its sign-in page,
							// back to the
							// authorization request) from the Host it sees: the
							// gateway's.
							filters.preserveHostHeader();
						}
						if (route.relayToken() && !route.signIn()) {
							// Only acts for a logged-in browser; a partner's bearer
							// header passes
							// unchanged.
							filters.filter(tokenRelay.apply(), TOKEN_RELAY_ORDER);
						}
						if (route.rewritePath() != null) {
							filters.setPath(route.rewritePath());
						}
						return filters;
					})
						// A negative response timeout switches Netty's off for a stream.
						.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
								route.stream() ? NO_RESPONSE_TIMEOUT : route.timeout().toMillis())
						.uri("lb://" + route.service()));
		});
		return routes.build();
	}

	/** Every proxied request tells its service who the client is. */
	@Bean
	ForwardedClientFilter forwardedClientHeaders(ClientAddresses clientAddresses) {
		return new ForwardedClientFilter(clientAddresses);
	}

	@SuppressWarnings("unchecked") // setExceptions(Class<? extends Throwable>...) is a
									// generic varargs
	static void idempotentRetry(RetryConfig config, RoutingProperties.RetryPolicy policy) {
		config.setRetries(policy.retries())
			.setMethods(HttpMethod.GET, HttpMethod.HEAD)
			.setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT)
			// No series: the library default (every 5xx) would retry 500s.
			.setSeries()
			// Connection refused/reset and premature close are IOExceptions; response
			// timeouts are
			// not retried (the library default would), they already used up the route's
			// time.
			.setExceptions(IOException.class)
			.setBackoff(policy.firstBackoff(), policy.maxBackoff(), policy.factor(), false)
			.setJitter(policy.jitter());
	}

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> routeCircuitBreakers(RoutingProperties properties) {
		return (factory) -> properties.routes()
			.forEach((id, route) -> factory.configure((builder) -> builder
				.circuitBreakerConfig(circuitBreakerConfig(properties.circuitBreaker(), route))
				.timeLimiterConfig(
						TimeLimiterConfig.custom().timeoutDuration(route.timeout()).cancelRunningFuture(true).build()),
					id));
	}

	static CircuitBreakerConfig circuitBreakerConfig(RoutingProperties.CircuitBreakerPolicy policy,
			RoutingProperties.ServiceRoute route) {
		return CircuitBreakerConfig.custom()
			.slidingWindowType(policy.slidingWindowType())
			.slidingWindowSize(policy.slidingWindowSize())
			.minimumNumberOfCalls(policy.minimumNumberOfCalls())
			.failureRateThreshold(policy.failureRateThreshold())
			.slowCallRateThreshold(policy.slowCallRateThreshold())
			.slowCallDurationThreshold(route.slowCallThreshold())
			.waitDurationInOpenState(policy.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(policy.permittedCallsInHalfOpenState())
			.maxWaitDurationInHalfOpenState(policy.maxWaitInHalfOpenState())
			.automaticTransitionFromOpenToHalfOpenEnabled(policy.automaticTransitionFromOpenToHalfOpen())
			.build();
	}

}
