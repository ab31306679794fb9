package io.sentia.servicekit.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sentia.servicekit.security.SentiaSecurityProperties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Adds the settings every Sentia service shares as the lowest-precedence property source,
 * so a service's {@code application.yml} needs only {@code spring.application.name},
 * {@code server.port} and {@code sentia.service.database}, and can still override any of
 * them.
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** Name of the property source holding the defaults. */
	public static final String PROPERTY_SOURCE_NAME = "sentiaServiceKitDefaults";

	/**
	 * Environment variable that picks the console log format: {@code json} or
	 * {@code plain}.
	 */
	public static final String LOG_FORMAT_VARIABLE = "SENTIA_LOG_FORMAT";

	/** Profile in which logs default to JSON. */
	public static final String PRODUCTION_PROFILE = "prod";

	/** User name of the development registry (service-registry's default). */
	public static final String DEVELOPMENT_REGISTRY_USER = "sentia";

	/** Password of the development registry (service-registry's default). */
	public static final String DEVELOPMENT_REGISTRY_PASSWORD = "sentia-registry-dev-secret";

	/**
	 * The registry on a developer machine, with its development credentials, so a service
	 * started without {@code SENTIA_EUREKA_URL} still registers.
	 */
	public static final String DEVELOPMENT_EUREKA_URL = "http://" + DEVELOPMENT_REGISTRY_USER + ":"
			+ DEVELOPMENT_REGISTRY_PASSWORD + "@localhost:8761/eureka/";

	/**
	 * Boot's structured format used for {@code json}; it carries MDC trace and span ids.
	 */
	static final String STRUCTURED_FORMAT = "ecs";

	// After config data, so the service's own files and the active profiles are known.
	static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 10;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		datasource(defaults);
		kafka(defaults);
		eureka(defaults);
		actuator(defaults, environment);
		observability(defaults, environment);
		web(defaults);
		tasks(defaults);
		security(defaults);
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
	}

	private void datasource(Map<String, Object> defaults) {
		defaults.put("spring.datasource.url",
				"jdbc:postgresql://${SENTIA_POSTGRES_HOST:localhost}:${SENTIA_POSTGRES_PORT:15432}/${sentia.service.database}");
		defaults.put("spring.datasource.username", "${SENTIA_POSTGRES_USER:sentia}");
		defaults.put("spring.datasource.password", "${SENTIA_POSTGRES_PASSWORD:sentia}");
		// The kit's own migrations (servicekit_schema_history) run first, so the
		// service's
		// Flyway finds a non-empty schema; baselining at 0 still applies its V1.
		defaults.put("spring.flyway.baseline-on-migrate", "true");
		defaults.put("spring.flyway.baseline-version", "0");
	}

	private void kafka(Map<String, Object> defaults) {
		defaults.put("spring.kafka.bootstrap-servers", "${SENTIA_KAFKA_BOOTSTRAP_SERVERS:localhost:19092}");
		defaults.put("spring.kafka.producer.acks", "all");
		defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
		defaults.put("spring.kafka.producer.value-serializer",
				"org.apache.kafka.common.serialization.StringSerializer");
		defaults.put("spring.kafka.producer.properties[enable.idempotence]", "true");
		// A down broker must not hold a request thread for long; the outbox retries
		// anyway.
		defaults.put("spring.kafka.producer.properties[max.block.ms]", "3000");
		defaults.put("spring.kafka.producer.properties[request.timeout.ms]", "10000");
		defaults.put("spring.kafka.producer.properties[delivery.timeout.ms]", "20000");
		defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
		defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
		defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
		defaults.put("spring.kafka.consumer.key-deserializer",
				"org.apache.kafka.common.serialization.StringDeserializer");
		defaults.put("spring.kafka.consumer.value-deserializer",
				"org.apache.kafka.common.serialization.StringDeserializer");
		defaults.put("spring.kafka.admin.operation-timeout", "10s");
		// Authentication and TLS of every client (KafkaClientSecurity); plaintext unless
		// set.
		defaults.put("sentia.kafka.security.protocol", "${SENTIA_KAFKA_SECURITY_PROTOCOL:PLAINTEXT}");
		defaults.put("sentia.kafka.security.sasl-mechanism", "${SENTIA_KAFKA_SASL_MECHANISM:PLAIN}");
		for (String setting : List.of("username", "password", "truststore-location", "truststore-password",
				"truststore-type", "keystore-location", "keystore-password", "keystore-type", "key-password")) {
			defaults.put("sentia.kafka.security." + setting,
					"${SENTIA_KAFKA_" + setting.replace('-', '_').toUpperCase(Locale.ROOT) + ":}");
		}
		// Trace context travels in record headers both ways.
		defaults.put("spring.kafka.template.observation-enabled", "true");
		defaults.put("spring.kafka.listener.observation-enabled", "true");
	}

	private void eureka(Map<String, Object> defaults) {
		// Credentials travel in the URL (http://user:password@host:port/eureka/); the
		// Eureka client turns them into HTTP basic.
		defaults.put("eureka.client.service-url.defaultZone", "${SENTIA_EUREKA_URL:" + DEVELOPMENT_EUREKA_URL + "}");
		defaults.put("eureka.instance.prefer-ip-address", "true");
		// Short intervals so a dev restart is seen in seconds, not minutes.
		defaults.put("eureka.instance.lease-renewal-interval-in-seconds", "5");
		defaults.put("eureka.instance.lease-expiration-duration-in-seconds", "15");
		defaults.put("eureka.client.registry-fetch-interval-seconds", "5");
	}

	private void actuator(Map<String, Object> defaults, ConfigurableEnvironment environment) {
		defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		defaults.put("management.endpoint.health.show-components", "always");
		defaults.put("management.endpoint.health.show-details", "always");
		defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
		defaults.put("management.endpoint.health.group.readiness.include", readinessInclude(environment));
		defaults.put("management.metrics.tags.service", "${spring.application.name}");
		defaults.put("management.metrics.tags.instance", hostName(environment) + ":${server.port:8080}");
		// Buckets for p99 per route (histogram_quantile) and for exemplars: an
		// OpenMetrics
		// scrape puts the trace id of a recent request on each bucket. Bounded to
		// 5ms..30s
		// so a route costs tens of series, not hundreds.
		defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
		defaults.put("management.metrics.distribution.minimum-expected-value.http.server.requests", "5ms");
		defaults.put("management.metrics.distribution.maximum-expected-value.http.server.requests", "30s");
	}

	private String readinessInclude(ConfigurableEnvironment environment) {
		List<String> include = new ArrayList<>(List.of("readinessState", "db", "kafka"));
		Binder.get(environment)
			.bind("sentia.health.readiness-include", Bindable.listOf(String.class))
			.orElse(List.of())
			.stream()
			.map(String::trim)
			.filter(StringUtils::hasText)
			.filter((name) -> !include.contains(name))
			.forEach(include::add);
		return String.join(",", include);
	}

	private void observability(Map<String, Object> defaults, ConfigurableEnvironment environment) {
		defaults.put("management.tracing.sampling.probability", "1.0");
		// Spans leave the process only when
		// management.opentelemetry.tracing.export.otlp.endpoint
		// is set (Boot creates the exporter only then); metrics go to Prometheus, not
		// OTLP.
		defaults.put("management.otlp.metrics.export.enabled", "false");
		if (jsonLogs(environment)) {
			defaults.put("logging.structured.format.console", STRUCTURED_FORMAT);
		}
	}

	private boolean jsonLogs(ConfigurableEnvironment environment) {
		String format = environment.getProperty(LOG_FORMAT_VARIABLE);
		if (!StringUtils.hasText(format)) {
			return environment.matchesProfiles(PRODUCTION_PROFILE);
		}
		return switch (format.trim().toLowerCase(Locale.ROOT)) {
			case "json" -> true;
			case "plain" -> false;
			default -> throw new IllegalStateException(
					LOG_FORMAT_VARIABLE + " must be 'json' or 'plain', not '" + format + "'");
		};
	}

	private void web(Map<String, Object> defaults) {
		defaults.put("spring.mvc.problemdetails.enabled", "true");
		defaults.put("server.error.include-stacktrace", "never");
		defaults.put("server.error.include-message", "never");
		defaults.put("server.shutdown", "graceful");
		defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
	}

	private void tasks(Map<String, Object> defaults) {
		// Boot's taskScheduler runs every service's periodic work (the outbox relay,
		// @Scheduled jobs, progress streams); one thread would queue them behind a
		// relay run waiting for the broker.
		defaults.put("spring.task.scheduling.pool.size", "4");
		// Keep Boot's applicationTaskExecutor (MVC async, @Async) although services
		// declare named pools of their own, which would otherwise switch it off.
		defaults.put("spring.task.execution.mode", "force");
	}

	private void security(Map<String, Object> defaults) {
		// The auth-service's URL; its JWK set URI is derived from it unless set.
		defaults.put("sentia.security.issuer", "${SENTIA_AUTH_ISSUER:" + SentiaSecurityProperties.DEFAULT_ISSUER + "}");
		// The credential Prometheus and operators use for actuator endpoints but health.
		defaults.put("sentia.security.operations.username",
				"${SENTIA_OPERATIONS_USER:" + SentiaSecurityProperties.Operations.DEVELOPMENT_USERNAME + "}");
		defaults.put("sentia.security.operations.password",
				"${SENTIA_OPERATIONS_PASSWORD:" + SentiaSecurityProperties.Operations.DEVELOPMENT_PASSWORD + "}");
	}

	private static String hostName(ConfigurableEnvironment environment) {
		String host = environment.getProperty("HOSTNAME");
		if (StringUtils.hasText(host)) {
			return host;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
