package io.sentia.devstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The platform's Kafka seen from outside, for the scenarios that redeliver, poison or
 * observe records as a second producer or an operator would.
 */
final class KafkaProbe {

	static final String ORDERS_TOPIC = "commerce.orders.v1";

	/**
	 * When the orders {@link #publishOrderDirectly} publishes were placed: inside the
	 * demo dataset's last days, which the ledger reconciliation leaves out.
	 */
	static final String DIRECT_ORDERS_ORDERED_AT = "2026-10-30T10:00:00Z";

	private KafkaProbe() {
	}

	/**
	 * Publishes a well-formed order straight to the topic, as a second producer would.
	 */
	static String publishOrderDirectly(String orderId, String amount) throws Exception {
		String tenant = E2EPlatform.DEMO_TENANT;
		String now = Instant.now().toString();
		String payload = """
				{"tenantId":"%s","orderId":"%s","source":"e2e","channel":"shopify","region":"UK","store":"e2e",
				 "status":"fulfilled","orderedAt":"%s","updatedAt":"%s","currency":"GBP",
				 "lines":[{"lineId":"1","sku":"HH-GIN-70","quantity":1,
				 "unitPrice":{"amount":"%s","currency":"GBP"},"lineTotal":{"amount":"%s","currency":"GBP"}}],
				 "total":{"amount":"%s","currency":"GBP"}}
				""".formatted(tenant, orderId, DIRECT_ORDERS_ORDERED_AT, now, amount, amount, amount);
		try (KafkaProducer<String, String> producer = producer()) {
			ProducerRecord<String, String> record = new ProducerRecord<>(ORDERS_TOPIC, tenant + ":e2e:e2e:" + orderId,
					payload);
			record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
			record.headers().add("ce_type", "sentia.commerce.order.upserted.v1".getBytes(StandardCharsets.UTF_8));
			record.headers().add("ce_source", "e2e-test".getBytes(StandardCharsets.UTF_8));
			record.headers().add("ce_time", now.getBytes(StandardCharsets.UTF_8));
			record.headers().add("ce_tenant", tenant.getBytes(StandardCharsets.UTF_8));
			producer.send(record).get(10, TimeUnit.SECONDS);
		}
		return orderId;
	}

	static ConsumerRecord<String, String> firstRecord(String topic) {
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					return record;
				}
			}
		}
		throw new AssertionError("No record on " + topic);
	}

	static ConsumerRecord<String, String> findRecord(String topic, String ceId) {
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					Header id = record.headers().lastHeader("ce_id");
					if (id != null && ceId.equals(new String(id.value(), StandardCharsets.UTF_8))) {
						return record;
					}
				}
			}
		}
		return null;
	}

	/**
	 * Every record a topic holds now, from its beginning.
	 * @param topic the topic
	 * @return the records, none when the topic does not exist yet
	 */
	static List<ConsumerRecord<String, String>> allRecords(String topic) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < end.get(partition))) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("Could not read " + topic + " to its end within 30 s");
				}
				consumer.poll(Duration.ofMillis(500)).forEach(records::add);
			}
		}
		return records;
	}

	static KafkaProducer<String, String> producer() {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, E2EPlatform.platform().kafkaBootstrapServers());
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		return new KafkaProducer<>(props);
	}

	static KafkaConsumer<String, String> consumer() {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, E2EPlatform.platform().kafkaBootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		return new KafkaConsumer<>(props);
	}

}
