package io.sentia.gateway.routing;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The circuit breakers' fallback: whatever kept the call from a service (no instance in
 * Eureka, connection refused, open circuit) is a 503 problem naming the service; a
 * timeout is a 504.
 */
@RestController
class UnavailableServiceController {

	private static final Logger log = LoggerFactory.getLogger(UnavailableServiceController.class);

	private final RoutingProperties properties;

	private final ProblemResponseWriter writer;

	UnavailableServiceController(RoutingProperties properties, ProblemResponseWriter writer) {
		this.properties = properties;
		this.writer = writer;
	}

	@RequestMapping(ServiceRoutesConfiguration.FALLBACK_PATH + "{routeId}")
	Mono<Void> unavailable(@PathVariable String routeId, ServerWebExchange exchange) {
		Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		RoutingProperties.ServiceRoute route = this.properties.routes().get(routeId);
		if (failure == null || route == null) {
			// Only reachable by forward from a circuit breaker, never as a public path.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		boolean timedOut = isTimeout(failure);
		log.warn("Route {} to {} failed ({}): {}", routeId, route.service(), timedOut ? "timeout" : "unavailable",
				failure.toString());
		ProblemDetail problem = timedOut ? Problems.gatewayTimeout(route.service(), route.timeout())
				: Problems.serviceUnavailable(route.service());
		URI original = originalRequest(exchange);
		if (original != null) {
			problem.setInstance(URI.create(original.getRawPath()));
		}
		return this.writer.write(exchange, problem);
	}

	static boolean isTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// TimeLimiter raises the JDK's; the netty response timeout a 504 around the
			// gateway's own.
			if (cause instanceof TimeoutException
					|| cause instanceof org.springframework.cloud.gateway.support.TimeoutException) {
				return true;
			}
			if (cause instanceof ResponseStatusException status
					&& status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
				return true;
			}
		}
		return false;
	}

	private static URI originalRequest(ServerWebExchange exchange) {
		Set<URI> urls = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
		return (urls != null && !urls.isEmpty()) ? urls.iterator().next() : null;
	}

}
