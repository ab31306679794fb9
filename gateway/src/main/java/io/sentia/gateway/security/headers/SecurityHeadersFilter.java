package io.sentia.gateway.security.headers;

import java.util.List;
import java.util.stream.Stream;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Security headers on every response, whoever produced it (a service, the gateway's own
 * endpoints, an error). They replace any a service set, so the edge's policy is the one
 * browsers see. HSTS is sent over plain HTTP too: browsers ignore it there and honour it
 * once TLS terminates in front of the gateway.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

	static final String HSTS = "max-age=31536000; includeSubDomains";

	static final String CSP = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

	/**
	 * Swagger UI sets inline styles and shows data: images; it runs no inline script and
	 * is otherwise held to the same policy.
	 */
	static final String API_REFERENCE_CSP = CSP + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

	private static final List<PathPattern> API_REFERENCE = Stream
		.of("/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**")
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set("Strict-Transport-Security", HSTS);
			headers.set("Content-Security-Policy", isApiReference(exchange) ? API_REFERENCE_CSP : CSP);
			headers.set("X-Content-Type-Options", "nosniff");
			headers.set("X-Frame-Options", "DENY");
			headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private static boolean isApiReference(ServerWebExchange exchange) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		return API_REFERENCE.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
