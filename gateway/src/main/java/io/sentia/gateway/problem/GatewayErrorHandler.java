package io.sentia.gateway.problem;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Turns every error raised inside the gateway into problem+json. Ordered ahead of Boot's
 * {@code DefaultErrorWebExceptionHandler} (order -1), whose JSON is not RFC 9457.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

	private final ProblemResponseWriter writer;

	GatewayErrorHandler(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		ServerHttpRequest request = exchange.getRequest();
		ProblemDetail problem;
		if (failure instanceof ErrorResponse error) {
			problem = Problems.forStatus(error.getStatusCode(), detail(request, error));
			exchange.getResponse().getHeaders().addAll(error.getHeaders());
			if (error.getStatusCode().is5xxServerError()) {
				log.warn("{} {} answered {}: {}", request.getMethod(), request.getPath(), error.getStatusCode(),
						failure.getMessage());
			}
		}
		else {
			log.error("Gateway failed on {} {}", request.getMethod(), request.getPath(), failure);
			problem = Problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR,
					"The gateway failed to handle this request; it has been logged");
		}
		problem.setInstance(URI.create(request.getURI().getRawPath()));
		return this.writer.write(exchange, problem);
	}

	private static String detail(ServerHttpRequest request, ErrorResponse error) {
		HttpStatusCode status = error.getStatusCode();
		if (status.value() == HttpStatus.NOT_FOUND.value()) {
			return "Nothing answers " + request.getMethod() + " " + request.getPath()
					+ "; service APIs live under /api/<service>/v1/";
		}
		String detail = error.getBody().getDetail();
		return (detail != null) ? detail : Problems.forStatus(status, "").getTitle();
	}

}
