package io.sentia.gateway.routing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Removes some cookies from the request and passes the others on, e.g. the gateway's own
 * session and CSRF cookies on the way to auth-service's sign-in pages, which need their
 * own session cookie.
 */
final class StripCookiesFilter implements GatewayFilter {

	private final Set<String> names;

	StripCookiesFilter(List<String> names) {
		this.names = Set.copyOf(names);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		String kept = exchange.getRequest()
			.getCookies()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((cookie) -> !this.names.contains(cookie.getName()))
			.map(HttpCookie::toString)
			.collect(Collectors.joining("; "));
		ServerWebExchange forwarded = exchange.mutate().request((request) -> request.headers((headers) -> {
			headers.remove(HttpHeaders.COOKIE);
			if (!kept.isEmpty()) {
				headers.set(HttpHeaders.COOKIE, kept);
			}
		})).build();
		return chain.filter(forwarded);
	}

}
