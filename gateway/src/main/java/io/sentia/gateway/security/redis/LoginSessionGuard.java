package io.sentia.gateway.security.redis;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.sentia.gateway.security.PublicPaths;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Starting a login writes a new session only when the response is sent, too late to
 * answer with a problem if Redis is down. So a login start first checks that Redis
 * answers; if not, the session store's 503 problem comes at once.
 */
@Component
class LoginSessionGuard implements WebFilter, Ordered {

	private static final Duration TIMEOUT = Duration.ofMillis(500);

	private final PathPattern loginStart = PathPatternParser.defaultInstance.parse(PublicPaths.LOGIN.getFirst());

	private final ReactiveRedisConnectionFactory connections;

	LoginSessionGuard(ReactiveRedisConnectionFactory connections) {
		this.connections = connections;
	}

	@Override
	public int getOrder() {
		// Before Spring Security (-100), which answers the login start itself.
		return -110;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		if (!this.loginStart.matches(path)) {
			return chain.filter(exchange);
		}
		return Mono
			.usingWhen(Mono.fromSupplier(this.connections::getReactiveConnection), ReactiveRedisConnection::ping,
					ReactiveRedisConnection::closeLater)
			.timeout(TIMEOUT)
			.onErrorMap(TimeoutException.class,
					(timeout) -> new QueryTimeoutException("Redis did not answer within " + TIMEOUT, timeout))
			.then(chain.filter(exchange));
	}

}
