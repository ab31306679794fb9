package io.sentia.gateway.security.login;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * The SPA reads the {@code XSRF-TOKEN} cookie and echoes it, unchanged, in the
 * {@code X-XSRF-TOKEN} header. Only {@code POST /logout} may also send it as the
 * {@code _csrf} form field (a plain HTML form navigates to auth-service's logout page);
 * nowhere else is a body read here, because a body read by the gateway would not reach
 * the service.
 */
final class SpaCsrfTokenRequestHandler extends ServerCsrfTokenRequestAttributeHandler {

	@Override
	public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
		Mono<String> header = Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName()));
		if (HttpMethod.POST.equals(exchange.getRequest().getMethod())
				&& LoginSecurity.LOGOUT.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
			return header.switchIfEmpty(exchange.getFormData()
				.flatMap((form) -> Mono.justOrEmpty(form.getFirst(csrfToken.getParameterName()))));
		}
		return header;
	}

}
