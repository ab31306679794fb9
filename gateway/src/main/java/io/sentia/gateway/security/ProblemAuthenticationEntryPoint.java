package io.sentia.gateway.security;

import java.net.URI;

import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.problem.Problems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401 as problem+json for a caller who is not logged in or whose bearer token is not
 * valid; bearer callers also get the RFC 6750 {@code WWW-Authenticate} header.
 */
public final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	private final ProblemResponseWriter writer;

	private final boolean bearer;

	private ProblemAuthenticationEntryPoint(ProblemResponseWriter writer, boolean bearer) {
		this.writer = writer;
		this.bearer = bearer;
	}

	/** For partners: the token is missing or not valid. */
	public static ProblemAuthenticationEntryPoint forBearerTokens(ProblemResponseWriter writer) {
		return new ProblemAuthenticationEntryPoint(writer, true);
	}

	/** For the browser: no session; the SPA starts login itself. */
	public static ProblemAuthenticationEntryPoint forBrowserSessions(ProblemResponseWriter writer) {
		return new ProblemAuthenticationEntryPoint(writer, false);
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		ProblemDetail problem;
		if (this.bearer) {
			String description = bearerError(failure);
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.WWW_AUTHENTICATE,
						"Bearer error=\"invalid_token\", error_description=\"" + description.replace('"', '\'') + "\"");
			problem = Problems.forStatus(HttpStatus.UNAUTHORIZED, "The bearer token is not valid: " + description);
		}
		else {
			problem = Problems.forStatus(HttpStatus.UNAUTHORIZED,
					"Log in first: GET /oauth2/authorization/sentia starts the login");
		}
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return this.writer.write(exchange, problem);
	}

	private static String bearerError(AuthenticationException failure) {
		if (failure instanceof OAuth2AuthenticationException oauth2
				&& oauth2.getError() instanceof BearerTokenError error && error.getDescription() != null) {
			return error.getDescription();
		}
		return "a valid bearer token is required";
	}

}
