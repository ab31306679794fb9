package io.sentia.servicekit.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What a service gets without writing any YAML, and that its own settings still win.
 */
class ServiceDefaultsEnvironmentPostProcessorTests {

	private final MockEnvironment environment = new MockEnvironment()
		.withProperty("spring.application.name", "forecasting-service")
		.withProperty("server.port", "8083")
		.withProperty("sentia.service.database", "forecasting");

	@Test
	void buildsTheDatasourceFromTheServiceDatabaseAndDevDefaults() {
		apply();

		assertThat(this.environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:15432/forecasting");
		assertThat(this.environment.getProperty("spring.datasource.username")).isEqualTo("sentia");
		assertThat(this.environment.getProperty("spring.datasource.password")).isEqualTo("sentia");
		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:19092");
	}

	@Test
	void registersWithTheDevelopmentRegistryUsingItsDevelopmentCredentials() {
		apply();

		assertThat(this.environment.getProperty("eureka.client.service-url.defaultZone"))
			.isEqualTo("http://sentia:sentia-registry-dev-secret@localhost:8761/eureka/");
	}

	@Test
	void takesTheOperationsCredentialFromTheSentiaVariablesWithDevelopmentDefaults() {
		apply();
		assertThat(this.environment.getProperty("sentia.security.operations.username")).isEqualTo("operations");
		assertThat(this.environment.getProperty("sentia.security.operations.password"))
			.isEqualTo("sentia-operations-dev-secret");

		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("systemEnvironment",
					Map.of("SENTIA_OPERATIONS_USER", "prometheus", "SENTIA_OPERATIONS_PASSWORD", "s3cret-from-vault")));

		assertThat(this.environment.getProperty("sentia.security.operations.username")).isEqualTo("prometheus");
		assertThat(this.environment.getProperty("sentia.security.operations.password")).isEqualTo("s3cret-from-vault");
	}

	@Test
	void takesServerAddressesFromTheSentiaVariables() {
		this.environment.getPropertySources()
			.addLast(new MapPropertySource("systemEnvironment",
					Map.of("SENTIA_POSTGRES_HOST", "db.internal", "SENTIA_POSTGRES_PORT", "5432",
							"SENTIA_POSTGRES_USER", "svc", "SENTIA_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
							"SENTIA_EUREKA_URL", "http://svc:pw@registry:8761/eureka/")));
		apply();

		assertThat(this.environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.internal:5432/forecasting");
		assertThat(this.environment.getProperty("spring.datasource.username")).isEqualTo("svc");
		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka:9092");
		assertThat(this.environment.getProperty("eureka.client.service-url.defaultZone"))
			.isEqualTo("http://svc:pw@registry:8761/eureka/");
	}

	@Test
	void trustsTheIssuerNamedBySentiaAuthIssuer() {
		apply();
		assertThat(this.environment.getProperty("sentia.security.issuer")).isEqualTo("http://localhost:8081");

		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("systemEnvironment",
					Map.of("SENTIA_AUTH_ISSUER", "https://auth.sentia.example")));

		assertThat(this.environment.getProperty("sentia.security.issuer")).isEqualTo("https://auth.sentia.example");
	}

	@Test
	void letsTheServiceOverrideAnyDefault() {
		this.environment.setProperty("spring.kafka.producer.acks", "1");
		apply();

		assertThat(this.environment.getProperty("spring.kafka.producer.acks")).isEqualTo("1");
		assertThat(this.environment.getPropertySources()
			.stream()
			.reduce((first, second) -> second)
			.orElseThrow()
			.getName()).isEqualTo(ServiceDefaultsEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
	}

	@Test
	void configuresReliableProducersAndManualConsumers() {
		apply();

		assertThat(this.environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
		assertThat(this.environment.getProperty("spring.kafka.producer.properties[enable.idempotence]"))
			.isEqualTo("true");
		assertThat(this.environment.getProperty("spring.kafka.producer.properties[max.block.ms]")).isEqualTo("3000");
		assertThat(this.environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("earliest");
		assertThat(this.environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("forecasting-service");
		assertThat(this.environment.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("true");
	}

	@Test
	void tagsMetricsWithServiceAndInstance() {
		apply();

		assertThat(this.environment.getProperty("management.metrics.tags.service")).isEqualTo("forecasting-service");
		assertThat(this.environment.getProperty("management.metrics.tags.instance")).endsWith(":8083");
		assertThat(this.environment.getProperty("management.endpoints.web.exposure.include"))
			.isEqualTo("health,info,prometheus,metrics");
	}

	@Test
	void publishesBoundedLatencyBucketsPerRouteForP99AndExemplars() {
		apply();

		assertThat(this.environment
			.getProperty("management.metrics.distribution.percentiles-histogram.http.server.requests"))
			.isEqualTo("true");
		assertThat(this.environment
			.getProperty("management.metrics.distribution.minimum-expected-value.http.server.requests"))
			.isEqualTo("5ms");
		assertThat(this.environment
			.getProperty("management.metrics.distribution.maximum-expected-value.http.server.requests"))
			.isEqualTo("30s");
	}

	@Test
	void addsTheServiceReadinessContributorsToDbAndKafka() {
		this.environment.setProperty("sentia.health.readiness-include", "redis, db");
		apply();

		assertThat(this.environment.getProperty("management.endpoint.health.group.readiness.include"))
			.isEqualTo("readinessState,db,kafka,redis");
		assertThat(this.environment.getProperty("management.endpoint.health.group.liveness.include"))
			.isEqualTo("livenessState");
	}

	@Test
	void logsPlainTextByDefault() {
		apply();

		assertThat(this.environment.getProperty("logging.structured.format.console")).isNull();
	}

	@Test
	void logsJsonWhenAsked() {
		this.environment.setProperty("SENTIA_LOG_FORMAT", "JSON");
		apply();

		assertThat(this.environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
	}

	@Test
	void logsJsonInProductionUnlessAskedForPlain() {
		this.environment.setActiveProfiles("prod");
		apply();
		assertThat(this.environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");

		MockEnvironment plain = new MockEnvironment().withProperty("SENTIA_LOG_FORMAT", "plain");
		plain.setActiveProfiles("prod");
		new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(plain, new SpringApplication());
		assertThat(plain.getProperty("logging.structured.format.console")).isNull();
	}

	@Test
	void refusesAnUnknownLogFormat() {
		this.environment.setProperty("SENTIA_LOG_FORMAT", "xml");

		assertThatIllegalStateException().isThrownBy(this::apply).withMessageContaining("SENTIA_LOG_FORMAT");
	}

	private void apply() {
		new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(this.environment, new SpringApplication());
	}

}
