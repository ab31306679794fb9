package io.sentia.notifications.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fan-out at a steady rate: {@code sentia.measure.alerts-per-minute} (1,000) stock-out
 * risks a minute for {@code sentia.measure.minutes} (3), spread over
 * {@code sentia.measure.tenants} (10) tenants, each alert going to three channels: the
 * manager's in-app feed and mail (the default rules) and the tenant's partner webhook.
 * Reports p50/p95/p99/max from the alert on Kafka to its arrival on each channel, and how
 * many never arrived within two minutes after the last was published.
 */
@EnabledIfSystemProperty(named = "sentia.measure", matches = "true")
class FanOutMeasurementTests extends MeasuredPlatform {

	@Test
	void fansOutAlertsToTheFeedMailAndWebhooks() throws Exception {
		int perMinute = Integer.getInteger("sentia.measure.alerts-per-minute", 1000);
		int minutes = Integer.getInteger("sentia.measure.minutes", 3);
		int tenantCount = Integer.getInteger("sentia.measure.tenants", 10);
		List<String> tenants = new java.util.ArrayList<>();
		for (int i = 0; i < tenantCount; i++) {
			String tenant = tenantWithManager(i);
			subscribeWebhook(tenant);
			followFeed(tenant);
			tenants.add(tenant);
		}
		// A warm-up alert per tenant, not measured: first connections, first templates.
		for (int i = 0; i < tenantCount; i++) {
			publishAlert(tenants.get(i), 900_000_000 + i);
		}
		sleep(10_000);

		Map<Integer, Long> sent = new ConcurrentHashMap<>();
		int total = perMinute * minutes;
		long intervalNanos = 60_000_000_000L / perMinute;
		long start = System.nanoTime();
		for (int n = 0; n < total; n++) {
			long due = start + n * intervalNanos;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			sent.put(n, publishAlert(tenants.get(n % tenantCount), n));
		}
		double sentPerMinute = total / ((System.nanoTime() - start) / 60e9);
		Map<Integer, Long> webhooks = new HashMap<>();
		long until = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < until
				&& (countOf(fed, total) < total || countOf(mailed, total) < total || webhookCount(total) < total)) {
			sleep(500);
		}
		for (Received received : hooked) {
			int number = numberIn(received.body());
			if (received.accepted() && number >= 0 && number < total) {
				webhooks.putIfAbsent(number, received.at());
			}
		}

		StringBuilder line = new StringBuilder().append(java.time.Instant.now())
			.append(" alerts=")
			.append(total)
			.append(" tenants=")
			.append(tenantCount)
			.append(String.format(" sent_per_min=%.0f", sentPerMinute));
		// Where the time goes: from Kafka to the decision (the delivery rows written),
		// and
		// from the decision to each channel.
		Map<Integer, Long> decided = new HashMap<>();
		this.jdbc.sql("""
				SELECT title, min(created_at) AS decided FROM delivery
				WHERE title LIKE 'Stock-out risk: BENCH-%' GROUP BY title
				""").query((row, index) -> {
			int number = numberIn(row.getString("title"));
			if (number >= 0 && number < total) {
				decided.put(number, row.getTimestamp("decided").getTime());
			}
			return null;
		}).list();
		line.append(channel("decided", latencies(sent, decided), total));
		line.append(channel("feed", latencies(sent, fed), total));
		line.append(channel("smtp", latencies(sent, mailed), total));
		line.append(channel("webhook", latencies(sent, webhooks), total));
		line.append(" load=").append(loadAverage());
		report(line.toString(), "target/fan-out.txt");
		// Reported first; a benchmark whose alerts did not all arrive is not a figure.
		assertThat(latencies(sent, fed)).as("alerts that reached the feed").hasSize(total);
		assertThat(latencies(sent, mailed)).as("alerts that reached the SMTP server").hasSize(total);
	}

	private static String channel(String name, List<Long> latencies, int total) {
		return String.format(" %s[n=%d missing=%d p50=%d p95=%d p99=%d max=%d ms]", name, latencies.size(),
				total - latencies.size(), percentile(latencies, 50), percentile(latencies, 95),
				percentile(latencies, 99), latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
	}

	private static long countOf(Map<Integer, Long> arrivals, int total) {
		return arrivals.keySet().stream().filter((number) -> number < total).count();
	}

	private static long webhookCount(int total) {
		return hooked.stream()
			.filter(Received::accepted)
			.mapToInt((received) -> numberIn(received.body()))
			.filter((number) -> number >= 0 && number < total)
			.distinct()
			.count();
	}

}
