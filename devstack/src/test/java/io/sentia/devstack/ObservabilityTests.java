package io.sentia.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.sentia.devstack.ObservabilityFiles.AlertExpectation;
import io.sentia.devstack.ObservabilityFiles.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Prometheus rules, scrape configurations and Grafana dashboards under
 * {@code observability/} are valid and tested: {@code promtool} checks them and runs the
 * rules' unit tests, every alert has a test in which it fires and clears and a runbook
 * section, and every metric of the services' own they read is a meter the services
 * register. (That the platform really exports every name is MetricNamesE2ETests.)
 */
class ObservabilityTests {

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$", Pattern.MULTILINE);

	private static ObservabilityFiles files;

	private static String promtool;

	@BeforeAll
	static void findPromtool() throws Exception {
		files = ObservabilityFiles.ofCheckout();
		promtool = promtool();
	}

	@Test
	void ruleFilesPassPromtoolCheck() throws Exception {
		List<String> command = new ArrayList<>(List.of(promtool, "check", "rules"));
		files.ruleFiles().forEach((file) -> command.add(file.toString()));

		assertSucceeds(command);
	}

	@Test
	void everyAlertFiresAndClearsInThePromtoolUnitTests() throws Exception {
		List<String> command = new ArrayList<>(List.of(promtool, "test", "rules"));
		files.ruleTestFiles().forEach((file) -> command.add(file.toString()));

		assertSucceeds(command);
	}

	@Test
	void scrapeConfigurationsOfComposeAndDevstackAreValid() throws Exception {
		Path prometheus = files.dir().resolve("prometheus");

		assertSucceeds(List.of(promtool, "check", "config", "--syntax-only",
				prometheus.resolve("prometheus.yml").toString(), prometheus.resolve("devstack.yml").toString()));
	}

	@Test
	void everyDashboardQueryIsValidPromql(@TempDir Path dir) throws Exception {
		// promtool parses expressions only in rule files: each query becomes a recording
		// rule, with Grafana's variables replaced by values they take.
		StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
		int index = 0;
		for (String expression : files.dashboardExpressions()) {
			if (expression.startsWith("label_values(")) {
				continue;
			}
			String promql = expression.replace("$__rate_interval", "5m").replaceAll("\\$[a-z_]+", ".*");
			rules.append("      - record: dashboard_query_")
				.append(index++)
				.append("\n        expr: '")
				.append(promql.replace("'", "''"))
				.append("'\n");
		}
		Path file = dir.resolve("dashboard-queries.yml");
		Files.writeString(file, rules);

		assertThat(index).as("dashboard queries").isGreaterThan(40);
		assertSucceeds(List.of(promtool, "check", "rules", file.toString()));
	}

	@Test
	void everyAlertHasAUnitTestWhereItFiresAndOneWhereItDoesNot() throws Exception {
		List<AlertExpectation> expectations = files.alertExpectations();

		for (Rule rule : files.rules()) {
			if (rule.alert() == null) {
				continue;
			}
			assertThat(expectations).as("%s (%s) fires in a unit test", rule.alert(), rule.file())
				.contains(new AlertExpectation(rule.alert(), true));
			assertThat(expectations).as("%s (%s) is quiet in a unit test", rule.alert(), rule.file())
				.contains(new AlertExpectation(rule.alert(), false));
		}
	}

	@Test
	void everyAlertLinksToItsRunbookSection() throws Exception {
		String readme = Files.readString(files.dir().resolve("README.md"), StandardCharsets.UTF_8);
		Set<String> anchors = new TreeSet<>();
		Matcher heading = HEADING.matcher(readme);
		while (heading.find()) {
			anchors.add(anchorOf(heading.group(1)));
		}

		for (Rule rule : files.rules()) {
			if (rule.alert() == null) {
				continue;
			}
			String url = rule.annotations().getOrDefault("runbook_url", "");
			assertThat(url).as("runbook_url of %s", rule.alert()).startsWith("observability/README.md#");
			assertThat(anchors).as("the section %s links to", rule.alert())
				.contains(url.substring(url.indexOf('#') + 1));
			assertThat(rule.annotations()).as("%s says what happened", rule.alert())
				.containsKeys("summary", "description");
		}
	}

	@Test
	void everySentiaMetricTheRulesAndDashboardsReadIsAMeterOfTheServices() throws Exception {
		String sources = mainSources();
		Set<String> unknown = new TreeSet<>();
		for (String name : files.usedMetricNames()) {
			if (name.startsWith("sentia_")
					&& !Pattern.compile("\"" + meterNamePattern(name) + "\"").matcher(sources).find()) {
				unknown.add(name);
			}
		}

		assertThat(unknown).as("metric names no service registers (renamed or never there)").isEmpty();
	}

	@Test
	void dashboardsAreProvisionableAndReadTheProvisionedPrometheus() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		Set<String> uids = new TreeSet<>();
		String datasources = Files.readString(files.dir().resolve("grafana/provisioning/datasources/datasources.yml"));
		assertThat(datasources).contains("uid: sentia-prometheus");
		assertThat(files.dashboardFiles()).extracting((file) -> file.getFileName().toString())
			.contains("platform-overview.json", "events.json", "integrations.json", "forecasting.json",
					"business.json");

		for (Path file : files.dashboardFiles()) {
			JsonNode dashboard = json.readTree(file.toFile());
			assertThat(uids.add(dashboard.path("uid").asString(""))).as("unique uid of %s", file).isTrue();
			assertThat(dashboard.path("title").asString("")).as("title of %s", file).isNotBlank();
			assertThat(dashboard.path("panels").isEmpty()).as("%s has panels", file).isFalse();
			for (JsonNode panel : dashboard.path("panels")) {
				for (JsonNode target : panel.path("targets")) {
					assertThat(target.path("datasource").path("uid").asString(""))
						.as("data source of '%s' in %s", panel.path("title").asString(), file)
						.isEqualTo("sentia-prometheus");
				}
			}
		}
	}

	@Test
	void findsTheMetricNamesOfAnExpression() {
		String promql = "sum by (service, uri) (rate(http_server_requests_seconds_count{uri!~\"/actuator.*\", "
				+ "status=~\"5..\"}[$__rate_interval])) / on (service) group_left (pool) max without (instance) "
				+ "(hikaricp_connections_max offset 15m) > bool 0.5 and sentia_route:http_errors:ratio_rate5m"
				+ " unless histogram_quantile(0.99, x_bucket{le=\"+Inf\"}[5m])";

		assertThat(ObservabilityFiles.metricNames(promql)).containsExactlyInAnyOrder(
				"http_server_requests_seconds_count", "hikaricp_connections_max",
				"sentia_route:http_errors:ratio_rate5m", "x_bucket");
		assertThat(ObservabilityFiles.metricNames("label_values(sentia_sync_runs_total, provider)"))
			.containsExactly("sentia_sync_runs_total");
	}

	/**
	 * GitHub's anchor of a heading: lower case, spaces to dashes, punctuation dropped.
	 */
	static String anchorOf(String heading) {
		return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
	}

	/**
	 * The Micrometer name a Prometheus name comes from, as a pattern: the unit and type
	 * suffixes Prometheus adds dropped, and each underscore a dot or an underscore.
	 */
	static String meterNamePattern(String prometheusName) {
		String name = prometheusName.replaceFirst("_(bucket|count|sum|max)$", "")
			.replaceFirst("_total$", "")
			.replaceFirst("_seconds$", "");
		return Pattern.quote(name).replace("_", "\\E[._]\\Q");
	}

	/** The Java sources of every module and library. */
	private static String mainSources() throws IOException {
		StringBuilder all = new StringBuilder();
		List<Path> modules = new ArrayList<>();
		for (Path parent : List.of(files.root(), files.root().resolve("libs"))) {
			try (Stream<Path> children = Files.list(parent)) {
				children.map((module) -> module.resolve("src/main/java"))
					.filter(Files::isDirectory)
					.forEach(modules::add);
			}
		}
		for (Path module : modules) {
			try (Stream<Path> paths = Files.walk(module)) {
				for (Path source : paths.filter((path) -> path.toString().endsWith(".java")).toList()) {
					all.append(Files.readString(source)).append('\n');
				}
			}
		}
		return all.toString();
	}

	/**
	 * promtool from PATH; when missing and running as root on Debian or Ubuntu (CI), it
	 * is installed with Debian's prometheus package first.
	 */
	private static String promtool() throws Exception {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, "promtool");
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		Path aptGet = Path.of("/usr/bin/apt-get");
		if (Files.isExecutable(aptGet)) {
			// As root, or through password-less sudo (CI runners).
			List<String> asRoot = "root".equals(System.getProperty("user.name")) ? List.of()
					: (run(List.of("sudo", "-n", "true"), 10).isEmpty() ? List.of("sudo", "-n") : null);
			if (asRoot != null) {
				run(concat(asRoot, List.of(aptGet.toString(), "update", "-qq")), 300);
				run(concat(asRoot, List.of(aptGet.toString(), "install", "-y", "-qq", "prometheus")), 300);
				if (Files.isExecutable(Path.of("/usr/bin/promtool"))) {
					return "/usr/bin/promtool";
				}
			}
		}
		return fail("promtool is needed to check observability/prometheus and was not found on PATH. Install it: "
				+ "Debian/Ubuntu 'apt-get install prometheus' (this test does it itself as root or with password-less "
				+ "sudo), " + "other systems the Prometheus release archive from https://prometheus.io/download/ "
				+ "(promtool is in it), then put promtool on PATH.");
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/**
	 * Runs a command; its output, with "(exit n)" appended when it failed. A command that
	 * cannot be started counts as failed.
	 */
	private static String run(List<String> command, int timeoutSeconds) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			return ex.getMessage() + "\n(exit -1)";
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return fail("Timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
		}
		return (process.exitValue() == 0) ? output : output + "\n(exit " + process.exitValue() + ")";
	}

	private static void assertSucceeds(List<String> command) throws Exception {
		String output = run(command, 60);
		assertThat(output).as(String.join(" ", command)).doesNotContain("\n(exit ");
	}

}
