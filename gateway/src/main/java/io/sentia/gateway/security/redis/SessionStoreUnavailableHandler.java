package io.sentia.gateway.security.redis;

import java.net.URI;

import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * A browser session lives in Redis; while Redis does not answer, a request that needs its
 * session gets a fast 503 problem instead of a 500 (partners with bearer tokens and
 * public paths never read a session and keep working). Ordered ahead of the gateway's
 * general error handler.
 */
@Component
@Order(-3)
class SessionStoreUnavailableHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(SessionStoreUnavailableHandler.class);

	private final ProblemResponseWriter writer;

	SessionStoreUnavailableHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted() || !isRedisFailure(failure)) {
			return Mono.error(failure);
		}
		log.warn("{} {}: session store unavailable: {}", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), failure.toString());
		ProblemDetail problem = Problems.forStatus(HttpStatus.SERVICE_UNAVAILABLE,
				"Sessions are unavailable right now (the session store does not answer); try again shortly");
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
		return this.writer.write(exchange, problem);
	}

	static boolean isRedisFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// Redis is the gateway's only data store.
			if (cause instanceof io.lettuce.core.RedisException || cause instanceof DataAccessException) {
				return true;
			}
		}
		return false;
	}

}
