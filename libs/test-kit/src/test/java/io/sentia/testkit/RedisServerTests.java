package io.sentia.testkit;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

import static org.assertj.core.api.Assertions.assertThat;

class RedisServerTests {

	private final RedisServer redis = Infrastructure.redis();

	@Test
	void returnsWhatWasSet() {
		try (Jedis jedis = new Jedis(this.redis.host(), this.redis.port())) {
			jedis.set("sentia:test-kit:greeting", "hello");

			assertThat(jedis.get("sentia:test-kit:greeting")).isEqualTo("hello");
		}
	}

}
