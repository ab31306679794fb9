package io.sentia.gateway.security;

import java.net.URI;

import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.problem.Problems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;

/** 403 as problem+json; a missing or wrong CSRF token says how to send it. */
public final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final ProblemResponseWriter writer;

	public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		String detail = (denied instanceof CsrfException)
				? "Missing or wrong CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header"
				: "Not allowed";
		ProblemDetail problem = Problems.forStatus(HttpStatus.FORBIDDEN, detail);
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return this.writer.write(exchange, problem);
	}

}
