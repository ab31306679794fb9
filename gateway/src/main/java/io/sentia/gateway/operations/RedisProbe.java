package io.sentia.gateway.operations;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Pings the gateway's own Redis. Redis is not critical: without it rate limits fail open
 * and browser sessions are unavailable (503), while partners and public paths keep
 * working; so Redis down makes the platform DEGRADED, never DOWN.
 */
@Component
class RedisProbe {

	static final String COMPONENT = "redis";

	private final ReactiveRedisConnectionFactory connections;

	private final Duration timeout;

	RedisProbe(ReactiveRedisConnectionFactory connections, OperationsProperties properties) {
		this.connections = connections;
		this.timeout = properties.probeTimeout();
	}

	Mono<ComponentHealth> check() {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return Mono
				.usingWhen(Mono.fromSupplier(this.connections::getReactiveConnection),
						(connection) -> connection.ping(), ReactiveRedisConnection::closeLater)
				.timeout(this.timeout)
				.map((pong) -> new ComponentHealth("Redis", HealthStatus.UP, false, elapsedMs(started), null, null))
				.onErrorResume((failure) -> Mono.just(new ComponentHealth("Redis", HealthStatus.DOWN, false,
						elapsedMs(started), "not answering (" + failure.getClass().getSimpleName()
								+ "): rate limits fail open, browser sessions unavailable",
						null)));
		});
	}

	private static long elapsedMs(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
