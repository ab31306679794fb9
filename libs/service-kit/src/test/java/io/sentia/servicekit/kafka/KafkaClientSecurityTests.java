package io.sentia.servicekit.kafka;

import java.util.List;
import java.util.Map;

import io.sentia.servicekit.config.ServiceDefaultsEnvironmentPostProcessor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * The {@code SENTIA_KAFKA_*} variables become the Kafka client settings every client of
 * the service gets, and a half-configured setup refuses to start.
 */
class KafkaClientSecurityTests {

	@Test
	void staysPlaintextWithoutVariablesAndLeavesBootsSettingsAlone() {
		KafkaClientSecurity security = bind(Map.of());
		KafkaProperties kafka = new KafkaProperties();

		KafkaSecurityConfiguration.apply(security, kafka);

		assertThat(security.protocol()).isEqualTo(KafkaClientSecurity.Protocol.PLAINTEXT);
		assertThat(kafka.buildAdminProperties()).doesNotContainKeys("security.protocol", "sasl.jaas.config");
	}

	@Test
	void buildsAScramLoginOverTlsFromTheVariables() {
		KafkaClientSecurity security = bind(Map.of("SENTIA_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
				"SENTIA_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", "SENTIA_KAFKA_USERNAME", "analytics",
				"SENTIA_KAFKA_PASSWORD", "p\"w\\d", "SENTIA_KAFKA_TRUSTSTORE_LOCATION", "/etc/kafka/ca.p12",
				"SENTIA_KAFKA_TRUSTSTORE_PASSWORD", "changeit", "SENTIA_KAFKA_TRUSTSTORE_TYPE", "PKCS12"));

		assertThat(security.clientProperties()).containsExactly(entry("security.protocol", "SASL_SSL"),
				entry("sasl.mechanism", "SCRAM-SHA-512"),
				entry("sasl.jaas.config",
						"org.apache.kafka.common.security.scram.ScramLoginModule required username=\"analytics\" "
								+ "password=\"p\\\"w\\\\d\";"),
				entry("ssl.truststore.location", "/etc/kafka/ca.p12"), entry("ssl.truststore.password", "changeit"),
				entry("ssl.truststore.type", "PKCS12"));
	}

	@Test
	void appliesToProducersConsumersAndAdminThroughBootsProperties() {
		KafkaClientSecurity security = bind(Map.of("SENTIA_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
				"SENTIA_KAFKA_USERNAME", "analytics", "SENTIA_KAFKA_PASSWORD", "secret"));
		KafkaProperties kafka = new KafkaProperties();

		KafkaSecurityConfiguration.apply(security, kafka);

		for (Map<String, Object> client : List.of(kafka.buildProducerProperties(), kafka.buildConsumerProperties(),
				kafka.buildAdminProperties())) {
			assertThat(client).containsEntry("security.protocol", "SASL_PLAINTEXT")
				.containsEntry("sasl.mechanism", "PLAIN")
				.containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
						+ "username=\"analytics\" password=\"secret\";");
		}
	}

	@Test
	void appliesAClientCertificateForMutualTls() {
		KafkaClientSecurity security = bind(Map.of("SENTIA_KAFKA_SECURITY_PROTOCOL", "SSL",
				"SENTIA_KAFKA_KEYSTORE_LOCATION", "/etc/kafka/client.p12", "SENTIA_KAFKA_KEYSTORE_PASSWORD", "ks",
				"SENTIA_KAFKA_KEY_PASSWORD", "key"));

		assertThat(security.clientProperties()).containsExactly(entry("security.protocol", "SSL"),
				entry("ssl.keystore.location", "/etc/kafka/client.p12"), entry("ssl.keystore.password", "ks"),
				entry("ssl.key.password", "key"));
	}

	@Test
	void refusesSaslWithoutAPassword() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("SENTIA_KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "SENTIA_KAFKA_USERNAME", "a")))
			.havingRootCause()
			.withMessageContaining("SENTIA_KAFKA_PASSWORD");
	}

	@Test
	void refusesACredentialThatPlaintextWouldIgnore() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("SENTIA_KAFKA_USERNAME", "a", "SENTIA_KAFKA_PASSWORD", "b")))
			.havingRootCause()
			.withMessageContaining("SENTIA_KAFKA_SECURITY_PROTOCOL");
	}

	@Test
	void refusesATruststoreWithoutTls() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("SENTIA_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "SENTIA_KAFKA_USERNAME",
					"a", "SENTIA_KAFKA_PASSWORD", "b", "SENTIA_KAFKA_TRUSTSTORE_LOCATION", "/ca.p12")))
			.havingRootCause()
			.withMessageContaining("TLS");
	}

	@Test
	void neverShowsThePasswordInItsDescription() {
		KafkaClientSecurity security = bind(Map.of("SENTIA_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
				"SENTIA_KAFKA_USERNAME", "analytics", "SENTIA_KAFKA_PASSWORD", "top-secret"));

		assertThat(security.toString()).contains("analytics").doesNotContain("top-secret");
	}

	private static KafkaClientSecurity bind(Map<String, Object> variables) {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("systemEnvironment", variables));
		new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		return Binder.get(environment).bindOrCreate("sentia.kafka", SentiaKafkaProperties.class).security();
	}

}
