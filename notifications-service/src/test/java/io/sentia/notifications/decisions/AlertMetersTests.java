package io.sentia.notifications.decisions;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.events.AlertRaised;
import io.sentia.events.AlertRaised.Severity;
import io.sentia.notifications.NotificationsTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts raised on the real broker are counted by kind and severity once each, however
 * often Kafka delivers them, and a kind nobody configured cannot add series.
 */
class AlertMetersTests extends NotificationsTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private MeterRegistry meters;

	@Test
	void alertsAreCountedByKindAndSeverityOnceEachHoweverOftenTheyAreDelivered() {
		double shortfalls = count("cash_shortfall", "critical");
		double stockouts = count("stockout_risk", "warning");
		double stockoutsCritical = count("stockout_risk", "critical");

		AlertRaised shortfall = alert("cash_shortfall", Severity.CRITICAL, "cash_shortfall:" + UUID.randomUUID());
		UUID shortfallId = this.events.publish(shortfall);
		this.events.publish(shortfall, shortfallId);
		this.events.publish(alert("stockout_risk", Severity.WARNING, "stockout_risk:METER-GIN"));
		UUID last = this.events.publish(alert("stockout_risk", Severity.WARNING, "stockout_risk:METER-GIN"));
		await().atMost(PATIENCE).until(() -> processed(last));

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(count("cash_shortfall", "critical") - shortfalls).as("delivered twice, counted once")
				.isEqualTo(1);
			assertThat(count("stockout_risk", "warning") - stockouts).as("a repeat is an alert raised too")
				.isEqualTo(2);
		});
		assertThat(count("stockout_risk", "critical")).isEqualTo(stockoutsCritical);
	}

	@Test
	void aKindNobodyConfiguredIsCountedAsOther() {
		double others = count(AlertMeters.OTHER, "info");

		UUID id = this.events.publish(alert("meteor_strike_" + UUID.randomUUID(), Severity.INFO, "meteor"));
		await().atMost(PATIENCE).until(() -> processed(id));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(count(AlertMeters.OTHER, "info") - others).isEqualTo(1));
		assertThat(this.meters.find(AlertMeters.METER).counters())
			.noneMatch((counter) -> counter.getId().getTag("kind").startsWith("meteor_strike"));
	}

	@Test
	void everyConfiguredKindAndSeverityIsExportedBeforeAnyAlertArrives() {
		for (String severity : new String[] { "info", "warning", "critical" }) {
			assertThat(
					this.meters.find(AlertMeters.METER).tags("kind", "cash_shortfall", "severity", severity).counter())
				.isNotNull();
			assertThat(
					this.meters.find(AlertMeters.METER).tags("kind", "stockout_risk", "severity", severity).counter())
				.isNotNull();
		}
	}

	private double count(String kind, String severity) {
		return this.meters.get(AlertMeters.METER).tags("kind", kind, "severity", severity).counter().count();
	}

	private boolean processed(UUID eventId) {
		return count("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?", AlertListener.CONSUMER,
				eventId) == 1;
	}

}
