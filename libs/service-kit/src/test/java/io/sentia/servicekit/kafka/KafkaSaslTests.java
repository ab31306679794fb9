package io.sentia.servicekit.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.sentia.servicekit.health.HealthConfiguration;
import io.sentia.servicekit.health.KafkaHealthIndicator;
import io.sentia.testkit.KafkaServer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service's Kafka clients (admin, producer, consumer, health check) against a real
 * broker that requires SASL/PLAIN, configured only through
 * {@code sentia.kafka.security.*}.
 */
class KafkaSaslTests {

	private static final String USER = "svc-analytics";

	private static final String PASSWORD = "an \"odd\" pa\\ssword";

	private static KafkaServer broker;

	@BeforeAll
	static void startBroker() {
		broker = KafkaServer.startWithSaslPlain(USER, PASSWORD);
	}

	@AfterAll
	static void stopBroker() throws Exception {
		broker.close();
	}

	private ApplicationContextRunner service(String password) {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
			.withConfiguration(UserConfigurations.of(KafkaSecurityConfiguration.class, HealthConfiguration.class))
			.withPropertyValues("spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
					"spring.kafka.consumer.group-id=kafka-sasl-tests",
					"spring.kafka.consumer.auto-offset-reset=earliest",
					"spring.kafka.producer.properties[max.block.ms]=5000", "sentia.health.kafka-cache-for=0s",
					"sentia.kafka.security.protocol=SASL_PLAINTEXT", "sentia.kafka.security.sasl-mechanism=PLAIN",
					"sentia.kafka.security.username=" + USER)
			// A property value is no place for quotes and backslashes; set it as the
			// binder
			// would.
			.withSystemProperties("sentia.kafka.security.password=" + password);
	}

	@Test
	void createsTopicsProducesConsumesAndReportsUpWithTheRightPassword() {
		String topic = "sasl.orders." + UUID.randomUUID();
		service(PASSWORD).run((context) -> {
			assertThat(context).hasNotFailed();
			context.getBean(KafkaAdmin.class).createOrModifyTopics(new NewTopic(topic, 1, (short) 1));

			@SuppressWarnings("unchecked")
			KafkaTemplate<Object, Object> template = context.getBean(KafkaTemplate.class);
			template.send(topic, "tenant:order-1", "{\"total\":\"12.30\"}").get(30, TimeUnit.SECONDS);

			@SuppressWarnings("unchecked")
			ConsumerFactory<Object, Object> consumers = context.getBean(ConsumerFactory.class);
			try (Consumer<Object, Object> consumer = consumers.createConsumer()) {
				consumer.subscribe(List.of(topic));
				assertThat(poll(consumer)).singleElement()
					.satisfies((record) -> assertThat(record.value()).isEqualTo("{\"total\":\"12.30\"}"));
			}

			Health health = context.getBean(KafkaHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void reportsDownAndFailsToProduceWithAWrongPassword() {
		service("not-the-password").run((context) -> {
			assertThat(context).hasNotFailed();

			Health health = context.getBean(KafkaHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(String.valueOf(health.getDetails())).containsIgnoringCase("authentication")
				.doesNotContain("not-the-password");

			@SuppressWarnings("unchecked")
			KafkaTemplate<Object, Object> template = context.getBean(KafkaTemplate.class);
			assertThatThrownBy(() -> template.send("sasl.refused", "k", "v").get(30, TimeUnit.SECONDS))
				.hasRootCauseInstanceOf(SaslAuthenticationException.class);
		});
	}

	private static List<ConsumerRecord<Object, Object>> poll(Consumer<Object, Object> consumer) {
		List<ConsumerRecord<Object, Object>> received = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (received.isEmpty() && System.nanoTime() < deadline) {
			consumer.poll(Duration.ofMillis(200)).forEach(received::add);
		}
		return received;
	}

}
