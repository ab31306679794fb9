package io.sentia.devstack;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric name the Prometheus rules and the Grafana dashboards under
 * {@code observability/} read is exported by the running platform, so a renamed meter
 * fails here rather than leaving an alert that never fires or a blank panel. It runs
 * after the scenarios, whose traffic makes more meters exist, and before the attack
 * suite.
 */
@ExtendWith(E2EPlatform.class)
@Order(8)
class MetricNamesE2ETests {

	/** Written by Prometheus for each scrape target, not by the services. */
	private static final Set<String> WRITTEN_BY_PROMETHEUS = Set.of("up");

	/**
	 * Meters a service registers at their first event, which the end-to-end platform may
	 * not have had. Each is still checked against the services' sources by
	 * ObservabilityTests, so a rename fails there.
	 */
	private static final Map<String, String> ABSENT_UNTIL_FIRST_EVENT = Map.ofEntries(
			Map.entry("sentia_events_dead_letters_total", "registered at the first event dead-lettered"),
			Map.entry("sentia_sync_runs_total",
					"registered when a stream's first sync run finishes; the demo tenant "
							+ "is loaded by the demo generator and no scenario connects a provider"),
			Map.entry("sentia_sync_records_total", "registered with the first sync run's records, as above"),
			Map.entry("sentia_sync_last_success_age_seconds", "registered per connection and stream at its first run"),
			Map.entry("sentia_sync_lag_seconds", "registered per connection and stream at its first run"),
			Map.entry("sentia_integrations_provider_calls_seconds_count", "registered at the first provider API call"),
			Map.entry("sentia_integrations_provider_calls_seconds_sum", "registered at the first provider API call"),
			Map.entry("sentia_integrations_provider_quota_remaining",
					"registered when a connection first makes a provider client"),
			Map.entry("sentia_integrations_webhook_processed_seconds_count",
					"registered when the first inbound provider webhook is processed"),
			Map.entry("sentia_integrations_webhook_processed_seconds_sum",
					"registered when the first inbound provider webhook is processed"),
			Map.entry("sentia_integrations_mail_skipped_messages_total",
					"registered at the first mail message a mailbox import skips"),
			Map.entry("sentia_notifications_delivery_attempts_total",
					"registered at the first notification delivery; NotificationsE2ETests makes some, "
							+ "but this class may run alone"));

	/** A sample line's metric name. */
	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE);

	/** A family's type line: histograms and summaries export suffixed samples. */
	private static final Pattern TYPE = Pattern.compile("^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (\\w+)$",
			Pattern.MULTILINE);

	@Test
	void everyMetricTheRulesAndDashboardsReadIsExported() throws Exception {
		Set<String> used = ObservabilityFiles.ofCheckout().usedMetricNames();
		assertThat(used).as("names found in the rules and dashboards").hasSizeGreaterThan(20);
		assertThat(used).as("every name allowed to be absent is still used")
			.containsAll(ABSENT_UNTIL_FIRST_EVENT.keySet());
		// Some traffic through the gateway and each service, so request meters exist.
		E2EPlatform.partnerGet(E2EPlatform.REVENUE_PATH);

		// Kafka client meters (consumer lag per topic) appear at the binder's next
		// refresh after the first fetch: up to a minute.
		try {
			E2EPlatform.eventually(Duration.ofMinutes(2), () -> missing(used).isEmpty() ? Boolean.TRUE : null);
		}
		catch (AssertionError stillMissing) {
			// The assertion below names what is missing.
		}

		assertThat(missing(used))
			.as("metric names used by observability/ that no service exports "
					+ "(each with the exported names sharing its first two words, service: name)")
			.isEmpty();
	}

	/** The used names no service exports, each with similar names that are exported. */
	private static Map<String, Set<String>> missing(Set<String> used) throws Exception {
		Map<String, Set<String>> exportedBy = exportedNames();
		Set<String> absent = new TreeSet<>(used);
		absent.removeAll(WRITTEN_BY_PROMETHEUS);
		absent.removeAll(ABSENT_UNTIL_FIRST_EVENT.keySet());
		absent.removeIf((name) -> exportedBy.values().stream().anyMatch((names) -> names.contains(name)));
		return describe(absent, exportedBy);
	}

	/** The sample names each service, the gateway and the registry export. */
	private static Map<String, Set<String>> exportedNames() throws Exception {
		Platform platform = E2EPlatform.platform();
		Map<String, Set<String>> exported = new TreeMap<>();
		for (Component component : Component.ALL) {
			HttpResponse<String> scrape = E2EPlatform
				.operatorGet(platform.baseUrlOf(component.name()) + "/actuator/prometheus");
			assertThat(scrape.statusCode()).as("scrape of %s", component.name()).isEqualTo(200);
			exported.put(component.name(), sampleNames(scrape.body()));
		}
		return exported;
	}

	/** Sample names, with the suffixed names of every histogram and summary family. */
	static Set<String> sampleNames(String exposition) {
		Set<String> names = new TreeSet<>();
		Matcher sample = SAMPLE.matcher(exposition);
		while (sample.find()) {
			names.add(sample.group(1));
		}
		Matcher type = TYPE.matcher(exposition);
		while (type.find()) {
			String family = type.group(1);
			switch (type.group(2)) {
				case "histogram" -> names.addAll(Set.of(family + "_bucket", family + "_count", family + "_sum"));
				case "summary" -> names.addAll(Set.of(family + "_count", family + "_sum"));
				case "counter" -> names.add(family.endsWith("_total") ? family : family + "_total");
				default -> names.add(family);
			}
		}
		return names;
	}

	/**
	 * Each missing name with the exported names that share its prefix, to spot a rename.
	 */
	private static Map<String, Set<String>> describe(Set<String> absent, Map<String, Set<String>> exportedBy) {
		Map<String, Set<String>> described = new TreeMap<>();
		for (String name : absent) {
			String prefix = name.replaceFirst("^([a-z0-9]+_[a-z0-9]+).*", "$1");
			Set<String> similar = new TreeSet<>();
			exportedBy.forEach((service, names) -> names.stream()
				.filter((exported) -> exported.startsWith(prefix))
				.forEach((exported) -> similar.add(service + ": " + exported)));
			described.put(name, similar);
		}
		return described;
	}

}
