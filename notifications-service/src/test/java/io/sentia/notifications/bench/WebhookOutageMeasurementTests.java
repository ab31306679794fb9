package io.sentia.notifications.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's receiver down for {@code sentia.measure.outage-minutes} (10) while alerts
 * keep coming (one every {@code sentia.measure.interval-ms}, 2 s), then back, with alerts
 * still coming for a minute. Reports whether every delivery arrived exactly once (each
 * {@code webhook-id} answered 2xx once, each alert delivered under one id), whether they
 * arrived in the order the deliveries were made (per subscription), how long after the
 * receiver came back the backlog was through, and whether the subscription stayed on.
 */
@EnabledIfSystemProperty(named = "sentia.measure", matches = "true")
class WebhookOutageMeasurementTests extends MeasuredPlatform {

	@Test
	void aReceiverDownForMinutesGetsEveryDeliveryOnceAndInOrderWhenBack() throws Exception {
		int outageMinutes = Integer.getInteger("sentia.measure.outage-minutes", 10);
		int intervalMs = Integer.getInteger("sentia.measure.interval-ms", 2000);
		String tenant = tenantWithManager(0);
		subscribeWebhook(tenant);
		receiverDown.set(true);

		int number = 0;
		long downUntil = System.currentTimeMillis() + outageMinutes * 60_000L;
		while (System.currentTimeMillis() < downUntil) {
			publishAlert(tenant, number++);
			sleep(intervalMs);
		}
		receiverDown.set(false);
		long back = System.currentTimeMillis();
		int duringOutage = number;
		long afterUntil = back + 60_000;
		while (System.currentTimeMillis() < afterUntil) {
			publishAlert(tenant, number++);
			sleep(intervalMs);
		}
		int total = number;
		long patience = System.currentTimeMillis() + 30 * 60_000L;
		while (System.currentTimeMillis() < patience && acceptedNumbers().size() < total) {
			sleep(1000);
		}

		Map<String, Integer> acceptedPerId = new HashMap<>();
		Map<Integer, Set<String>> idsPerAlert = new HashMap<>();
		List<String> acceptedOrder = new ArrayList<>();
		long lastAccepted = 0;
		long refusedAttempts = 0;
		for (Received received : hooked) {
			if (!received.accepted()) {
				refusedAttempts++;
				continue;
			}
			acceptedPerId.merge(received.id(), 1, Integer::sum);
			idsPerAlert.computeIfAbsent(numberIn(received.body()), (key) -> new HashSet<>()).add(received.id());
			acceptedOrder.add(received.id());
			lastAccepted = Math.max(lastAccepted, received.at());
		}
		long duplicates = acceptedPerId.values().stream().filter((count) -> count > 1).count()
				+ idsPerAlert.values().stream().filter((ids) -> ids.size() > 1).count();
		long missing = total - idsPerAlert.keySet().stream().filter((n) -> n >= 0 && n < total).count();
		List<String> created = this.jdbc.sql("""
				SELECT delivery_id::text FROM delivery WHERE tenant_id = ? AND channel = 'WEBHOOK' ORDER BY sequence
				""").param(tenant).query(String.class).list();
		List<String> firstAccepted = acceptedOrder.stream().distinct().toList();
		boolean inCreationOrder = firstAccepted
			.equals(created.subList(0, Math.min(created.size(), firstAccepted.size())));
		boolean disabled = this.jdbc.sql(
				"SELECT count(*) FROM target_health WHERE channel = 'WEBHOOK' AND disabled_at IS NOT NULL AND tenant_id = ?")
			.param(tenant)
			.query(Integer.class)
			.single() > 0;

		report(String.format(
				"%s outage_min=%d interval_ms=%d alerts=%d during_outage=%d accepted_once=%d duplicates=%d missing=%d"
						+ " in_creation_order=%s refused_attempts=%d through_after_back_s=%.1f disabled=%s load=%s",
				java.time.Instant.now(), outageMinutes, intervalMs, total, duringOutage,
				acceptedPerId.values().stream().filter((count) -> count == 1).count(), duplicates, missing,
				inCreationOrder, refusedAttempts, (lastAccepted - back) / 1000.0, disabled, loadAverage()),
				"target/webhook-outage.txt");
		// Reported first, then held to what the issue asks: exactly once, none lost, in
		// order.
		assertThat(duplicates).as("deliveries accepted more than once").isZero();
		assertThat(missing).as("alerts never delivered").isZero();
		assertThat(inCreationOrder).as("deliveries in the order they were made").isTrue();
	}

	private static Set<Integer> acceptedNumbers() {
		Set<Integer> numbers = new HashSet<>();
		for (Received received : hooked) {
			if (received.accepted()) {
				numbers.add(numberIn(received.body()));
			}
		}
		return numbers;
	}

}
