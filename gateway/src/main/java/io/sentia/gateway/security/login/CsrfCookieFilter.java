package io.sentia.gateway.security.login;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Makes sure a browser always holds an {@code XSRF-TOKEN} cookie: Spring Security creates
 * the token lazily, and the SPA needs it before its first state-changing call.
 */
final class CsrfCookieFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token.then(chain.filter(exchange)) : chain.filter(exchange);
	}

}
