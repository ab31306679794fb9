package io.sentia.servicekit.health;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.sentia.servicekit.testapp.MutableClock;
import io.sentia.testkit.Infrastructure;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka health against a real broker and against an address where nothing listens.
 */
class KafkaHealthIndicatorTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-31T12:00:00Z"));

	@Test
	void isUpWhenTheClusterAnswers() {
		KafkaHealthIndicator indicator = indicator(Infrastructure.kafka().bootstrapServers());
		try {
			Health health = indicator.health();

			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsKeys("clusterId", "nodes");
		}
		finally {
			indicator.destroy();
		}
	}

	@Test
	void isDownWhenNoBrokerAnswersWithinTheTimeout() throws Exception {
		KafkaHealthIndicator indicator = indicator("127.0.0.1:" + unusedPort());
		try {
			assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		}
		finally {
			indicator.destroy();
		}
	}

	@Test
	void reusesAnAnswerUntilItIsStale() {
		KafkaHealthIndicator indicator = indicator(Infrastructure.kafka().bootstrapServers());
		try {
			Health first = indicator.health();
			this.clock.advance(Duration.ofSeconds(4));
			assertThat(indicator.health()).isSameAs(first);

			this.clock.advance(Duration.ofSeconds(2));
			assertThat(indicator.health()).isNotSameAs(first).isEqualTo(first);
		}
		finally {
			indicator.destroy();
		}
	}

	private KafkaHealthIndicator indicator(String bootstrapServers) {
		return new KafkaHealthIndicator(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
				Duration.ofSeconds(2), Duration.ofSeconds(5), this.clock);
	}

	private static int unusedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
