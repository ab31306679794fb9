package io.sentia.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class KafkaServerTests {

	private final KafkaServer kafka = Infrastructure.kafka();

	@Test
	void deliversAProducedRecordToAConsumerGroup() throws Exception {
		String topic = "roundtrip." + UUID.randomUUID();
		this.kafka.createTopics(topic);

		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.bootstrapServers(),
						ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			producer.send(new ProducerRecord<>(topic, "tenant:order-1", "{\"total\":\"12.30\"}")).get();
		}

		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
			consumer.subscribe(List.of(topic));
			List<ConsumerRecord<String, String>> received = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (received.isEmpty() && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(received::add);
			}

			assertThat(received).singleElement().satisfies((record) -> {
				assertThat(record.key()).isEqualTo("tenant:order-1");
				assertThat(record.value()).isEqualTo("{\"total\":\"12.30\"}");
			});
		}
	}

	@Test
	void createsTopicsWithTheRequestedPartitionsAndToleratesExistingOnes() throws Exception {
		String topic = "partitioned." + UUID.randomUUID();

		this.kafka.createTopics(3, topic);
		assertThatNoException().isThrownBy(() -> this.kafka.createTopics(topic));

		try (var admin = this.kafka.admin()) {
			var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
			assertThat(description.partitions()).hasSize(3);
		}
	}

	@Test
	void startsABrokerThatAcceptsOnlyItsSaslPlainUser() throws Exception {
		try (KafkaServer sasl = KafkaServer.startWithSaslPlain("svc-orders", "pa\"ss\\word")) {
			String topic = "sasl." + UUID.randomUUID();
			sasl.createTopics(topic);

			try (KafkaProducer<String, String> producer = producer(sasl, sasl.clientSecurity())) {
				assertThat(producer.send(new ProducerRecord<>(topic, "k", "v")).get().topic()).isEqualTo(topic);
			}
			try (KafkaProducer<String, String> producer = producer(sasl,
					KafkaServer.saslPlainClient("svc-orders", "wrong"))) {
				assertThatExceptionOfType(ExecutionException.class)
					.isThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", "v")).get())
					.withCauseInstanceOf(SaslAuthenticationException.class);
			}
			try (KafkaProducer<String, String> producer = producer(sasl, Map.of())) {
				assertThatExceptionOfType(Exception.class)
					.isThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", "v")).get());
			}
		}
	}

	private static KafkaProducer<String, String> producer(KafkaServer server, Map<String, Object> security) {
		Map<String, Object> config = new HashMap<>(security);
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, server.bootstrapServers());
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
		return new KafkaProducer<>(config);
	}

}
