package io.sentia.gateway.security.redis;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Opens the Redis connection once the gateway is up, so the first real request does not
 * pay for it within its tight timeout. Redis being down at start-up is only logged: the
 * gateway starts and works degraded.
 */
@Component
class RedisWarmUp {

	private static final Logger log = LoggerFactory.getLogger(RedisWarmUp.class);

	private final ReactiveRedisConnectionFactory connections;

	RedisWarmUp(ReactiveRedisConnectionFactory connections) {
		this.connections = connections;
	}

	@EventListener(ApplicationReadyEvent.class)
	void connect() {
		Mono.usingWhen(Mono.fromSupplier(this.connections::getReactiveConnection), ReactiveRedisConnection::ping,
				ReactiveRedisConnection::closeLater)
			.timeout(Duration.ofSeconds(5))
			.subscribe((pong) -> log.info("Redis answers"),
					(failure) -> log.warn("Redis does not answer at start-up ({}): rate limits fail open and "
							+ "browser sessions are unavailable until it does", failure.toString()));
	}

}
