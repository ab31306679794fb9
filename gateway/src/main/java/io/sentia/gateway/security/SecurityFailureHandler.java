package io.sentia.gateway.security;

import java.net.URI;

import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Security failures that are not the caller's fault as problems: the session's tokens
 * could not be refreshed at auth-service (401: log in again), or auth-service's signing
 * keys could not be fetched to check a token (503). Ordered ahead of the gateway's
 * general error handler.
 */
@Component
@Order(-3)
class SecurityFailureHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(SecurityFailureHandler.class);

	private final ProblemResponseWriter writer;

	SecurityFailureHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		ProblemDetail problem;
		if (failure instanceof OAuth2AuthorizationException authorization) {
			log.info("Token relay failed for {}: {}", exchange.getRequest().getPath(), authorization.getError());
			problem = Problems.forStatus(HttpStatus.UNAUTHORIZED,
					"The session's login has expired; log in again at /oauth2/authorization/sentia");
		}
		else if (failure instanceof AuthenticationServiceException) {
			log.warn("Could not check a token for {}: {}", exchange.getRequest().getPath(), failure.toString());
			problem = Problems.forStatus(HttpStatus.SERVICE_UNAVAILABLE,
					"Tokens cannot be checked right now (auth-service's keys are unreachable); try again shortly");
		}
		else {
			return Mono.error(failure);
		}
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return this.writer.write(exchange, problem);
	}

}
