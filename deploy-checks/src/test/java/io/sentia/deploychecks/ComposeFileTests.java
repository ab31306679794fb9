package io.sentia.deploychecks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} renders with {@code docker-compose config} once an operator
 * has filled in {@code .env}, refuses to render without its secrets, and keeps the
 * platform's promises: only the gateway and Grafana publish ports, everything starts
 * after what it needs is healthy, data lives in named volumes, and no secret is written
 * in the file.
 */
class ComposeFileTests {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

	private static final Pattern SECRET_ENTRY = Pattern
		.compile("(?m)^\\s+((?![A-Z0-9_]*ALLOW_)[A-Z0-9_]*(?:PASSWORD|SECRET|_KEK|_KEY|REDISCLI_AUTH)):\\s*(.*)$");

	private static final Set<String> PUBLISHED = Set.of("gateway", "grafana");

	@TempDir
	static Path work;

	private static JsonNode services;

	private static JsonNode config;

	@BeforeAll
	static void render() {
		Command rendered = DockerCompose.run(EnvFile.filledIn(work), "config");
		assertThat(rendered.succeeded()).as("docker-compose config: %s", rendered.describe()).isTrue();
		config = new YAMLMapper().readTree(rendered.stdout());
		services = config.get("services");
	}

	@Test
	void passesComposeValidationOnceEnvIsFilledIn() {
		Command quiet = DockerCompose.run(EnvFile.filledIn(work), "config", "-q");
		assertThat(quiet.succeeded()).as("docker-compose config -q: %s", quiet.describe()).isTrue();
	}

	@Test
	void refusesToRenderWhileASecretIsMissing() {
		Command unfilled = DockerCompose.run(EnvFile.example(), "config", "-q");
		assertThat(unfilled.succeeded()).as("config with the unfilled .env.example").isFalse();
		assertThat(unfilled.stderr()).contains("in .env");
	}

	@Test
	void runsTheWholePlatform() {
		List<String> expected = new ArrayList<>(Repository.applications());
		expected.addAll(List.of("postgres", "kafka", "redis", "prometheus", "grafana", "otel-collector", "jaeger"));
		assertThat(names(services)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(services.get("postgres").get("image").asString()).startsWith("postgres:18");
		assertThat(services.get("kafka").get("image").asString()).startsWith("apache/kafka:");
		assertThat(services.get("kafka").get("environment").get("KAFKA_PROCESS_ROLES").asString())
			.isEqualTo("broker,controller");
	}

	@Test
	void buildsEachApplicationFromItsImageDefinition() {
		for (String module : Repository.applications()) {
			JsonNode build = services.get(module).get("build");
			assertThat(build).as("build of %s", module).isNotNull();
			assertThat(build.get("dockerfile").asString()).isEqualTo("docker/" + module + "/Dockerfile");
			assertThat(Path.of(build.get("context").asString())).isEqualTo(Repository.root());
		}
	}

	@Test
	void onlyTheGatewayAndGrafanaPublishPorts() {
		for (String name : names(services)) {
			JsonNode ports = services.get(name).get("ports");
			if (PUBLISHED.contains(name)) {
				assertThat(ports).as("ports of %s", name).isNotNull();
			}
			else {
				assertThat(ports).as("%s publishes no port", name).isNull();
			}
		}
		assertThat(services.get("gateway").get("ports").get(0).get("target").asInt()).isEqualTo(8080);
	}

	@Test
	void everyServiceIsHealthCheckedOrWaitsOnConditions() {
		for (String name : names(services)) {
			JsonNode service = services.get(name);
			JsonNode dependsOn = service.get("depends_on");
			if (dependsOn != null) {
				for (String dependency : names(dependsOn)) {
					assertThat(services.has(dependency)).as("%s depends on unknown %s", name, dependency).isTrue();
					assertThat(dependsOn.get(dependency).path("condition").asString(""))
						.as("%s -> %s has a condition", name, dependency)
						.isIn("service_healthy", "service_started", "service_completed_successfully");
				}
			}
			assertThat(service.has("healthcheck") || dependsOn != null)
				.as("%s has a healthcheck or depends_on conditions", name)
				.isTrue();
		}
	}

	@Test
	void applicationsStartOnlyOnceTheirInfrastructureIsHealthy() {
		for (String module : Repository.applications()) {
			JsonNode service = services.get(module);
			assertThat(service.has("healthcheck")).as("%s is health-checked", module).isTrue();
			assertThat(service.has("mem_limit")).as("%s has a memory limit for its heap to follow", module).isTrue();
			assertThat(service.path("read_only").asBoolean(false)).as("%s has a read-only root", module).isTrue();
			assertThat(service.get("healthcheck").get("test").toString()).contains("/actuator/health/readiness")
				.contains("/" + Repository.serverPort(module) + " ");
			List<String> needs = switch (module) {
				case "service-registry" -> List.of();
				case "gateway" -> List.of("service-registry", "redis", "auth-service");
				default -> List.of("service-registry", "postgres", "kafka");
			};
			for (String dependency : needs) {
				assertThat(service.path("depends_on").path(dependency).path("condition").asString(""))
					.as("%s waits for %s to be healthy", module, dependency)
					.isEqualTo("service_healthy");
			}
		}
	}

	@Test
	void keepsDataInNamedVolumes() {
		Set<String> declared = new TreeSet<>(names(config.get("volumes")));
		Map<String, String> dataDirectories = Map.of("postgres", "/var/lib/postgresql", "kafka", "/var/lib/kafka/data",
				"redis", "/data", "prometheus", "/prometheus", "grafana", "/var/lib/grafana");
		dataDirectories.forEach((name, target) -> assertThat(services.get(name).get("volumes"))
			.as("%s keeps %s in a named volume", name, target)
			.anySatisfy((volume) -> {
				Mount mount = Mount.of(volume);
				assertThat(mount.type()).isEqualTo("volume");
				assertThat(mount.target()).isEqualTo(target);
				assertThat(declared).contains(mount.source());
			}));
	}

	@Test
	void mountsTheObservabilityConfigurationByPath() {
		assertThat(bindSources("prometheus")).contains(observability("prometheus/prometheus.yml"),
				observability("prometheus/rules"));
		assertThat(bindSources("grafana")).contains(observability("grafana/provisioning"),
				observability("grafana/dashboards"));
		assertThat(bindSources("otel-collector")).contains(observability("otel-collector.yaml"));
	}

	@Test
	void everyVariableTheFileReadsIsInEnvExampleAndViceVersa() {
		Set<String> referenced = new TreeSet<>();
		Matcher matcher = VARIABLE.matcher(compose());
		while (matcher.find()) {
			referenced.add(matcher.group(1));
		}
		assertThat(EnvFile.exampleVariables().keySet()).containsExactlyInAnyOrderElementsOf(referenced);
	}

	@Test
	void writesNoSecretValue() {
		Matcher entries = SECRET_ENTRY.matcher(compose());
		int secrets = 0;
		while (entries.find()) {
			secrets++;
			assertThat(entries.group(2)).as("%s comes from .env", entries.group(1)).startsWith("${");
		}
		assertThat(secrets).isPositive();
		EnvFile.exampleVariables()
			.entrySet()
			.stream()
			.filter((variable) -> variable.getKey().matches(".*(PASSWORD|SECRET|KEK|_KEY).*"))
			.forEach((variable) -> assertThat(variable.getValue()).as("%s in .env.example", variable.getKey())
				.isEmpty());
	}

	private static List<String> bindSources(String service) {
		List<String> sources = new ArrayList<>();
		for (JsonNode volume : services.get(service).get("volumes")) {
			Mount mount = Mount.of(volume);
			if ("bind".equals(mount.type())) {
				sources.add(mount.source());
			}
		}
		return sources;
	}

	/**
	 * One entry of a service's {@code volumes}, in either rendering: the long form
	 * (Compose v2) or {@code source:target[:mode]} (docker-compose 1.29).
	 *
	 * @param type {@code volume}, {@code bind} or {@code tmpfs}
	 * @param source the named volume or host path ({@code null} for tmpfs)
	 * @param target the path in the container
	 */
	record Mount(String type, String source, String target) {

		static Mount of(JsonNode volume) {
			if (volume.isObject()) {
				return new Mount(volume.get("type").asString(), volume.path("source").asString(null),
						volume.get("target").asString());
			}
			String[] parts = volume.asString().split(":");
			String source = parts[0];
			String type = (source.startsWith("/") || source.startsWith(".")) ? "bind" : "volume";
			return new Mount(type, source, parts[1]);
		}

	}

	private static String observability(String path) {
		return Repository.root().resolve("observability").resolve(path).toString();
	}

	private static String compose() {
		return Repository.read(Repository.root().resolve("docker-compose.yml"));
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

}
