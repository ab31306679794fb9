package io.sentia.gateway.routing;

import java.net.URI;

import io.sentia.gateway.network.ClientAddresses;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the service who the client is and which origin it used: {@code X-Forwarded-For}
 * is set to the one address the gateway believes (the TCP peer, or what its trusted
 * proxies vouch for), replacing whatever the client wrote, and
 * {@code X-Forwarded-Proto/-Host/-Port} name the public origin. Without it every request
 * would reach auth-service from the gateway's own address, and a flood from one client
 * would throttle everyone's sign-in. Runs after the library's filter that removes
 * incoming forwarded headers.
 */
final class ForwardedClientFilter implements HttpHeadersFilter, Ordered {

	private final ClientAddresses clientAddresses;

	ForwardedClientFilter(ClientAddresses clientAddresses) {
		this.clientAddresses = clientAddresses;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders forwarded = new HttpHeaders();
		forwarded.addAll(input);
		forwarded.remove("Forwarded");
		forwarded.set("X-Forwarded-For", this.clientAddresses.of(exchange.getRequest()));
		// Behind a trusted proxy (TLS ended at a load balancer) its word on the origin
		// stands; otherwise the origin is what this gateway was asked for.
		HttpHeaders received = exchange.getRequest().getHeaders();
		if (this.clientAddresses.fromTrustedProxy(exchange.getRequest())
				&& received.getFirst("X-Forwarded-Proto") != null) {
			for (String name : new String[] { "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port" }) {
				if (received.getFirst(name) != null) {
					forwarded.set(name, received.getFirst(name));
				}
			}
			return forwarded;
		}
		URI origin = exchange.getRequest().getURI();
		int port = (origin.getPort() != -1) ? origin.getPort() : ("https".equals(origin.getScheme()) ? 443 : 80);
		forwarded.set("X-Forwarded-Proto", origin.getScheme());
		forwarded.set("X-Forwarded-Host", origin.getHost());
		forwarded.set("X-Forwarded-Port", Integer.toString(port));
		return forwarded;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
