package io.sentia.notifications.outbox;

import java.time.OffsetDateTime;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code DEGRADED} while e-mail deliveries wait on failed attempts (an unreachable SMTP
 * server): the service still works and nothing is lost, but people are not hearing. Not
 * part of readiness, so a mail outage does not take the service out of rotation.
 */
class DeliveryHealthIndicator implements HealthIndicator {

	/**
	 * The status this indicator reports while mail waits; ordered between DOWN and UP.
	 */
	static final Status DEGRADED = new Status("DEGRADED", "E-mail deliveries are waiting on failures");

	private final JdbcClient jdbc;

	DeliveryHealthIndicator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Health health() {
		Waiting waiting = this.jdbc.sql("""
				SELECT count(*) AS waiting, min(created_at) AS oldest FROM delivery
				WHERE channel = 'EMAIL' AND status IN ('pending', 'sending') AND attempts > 0
				""")
			.query((row, number) -> new Waiting(row.getLong("waiting"), row.getObject("oldest", OffsetDateTime.class)))
			.single();
		if (waiting.count() == 0) {
			return Health.up().withDetail("emailWaitingOnFailures", 0).build();
		}
		return Health.status(DEGRADED)
			.withDetail("emailWaitingOnFailures", waiting.count())
			.withDetail("oldestSince", waiting.oldest().toInstant().toString())
			.build();
	}

	private record Waiting(long count, OffsetDateTime oldest) {
	}

}
