package io.sentia.servicekit.kafka;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.EventHeaders;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.testapp.KafkaProbe;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.servicekit.testapp.TypedOrderTestListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link EventConsumer} on a real broker and database, through a listener that is one
 * line: poison records (no payload, a payload of another tenant than {@code ce_tenant},
 * unreadable JSON) go to the dead-letter topic at once while the records around them are
 * applied once; a redelivered event is applied once; other event types on the topic are
 * skipped. Each test puts its records on one partition while the listener is stopped, so
 * they arrive in batches of up to 4.
 */
class EventConsumerTests extends ServiceKitTestSupport {

	private static final String TOPIC = TypedOrderTestListener.TOPIC;

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000002";

	@Autowired
	private TypedOrderTestListener listener;

	@Autowired
	private KafkaListenerEndpointRegistry registry;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper jsonMapper;

	private final String key = TENANT + ":shopify:uk:" + UUID.randomUUID();

	@BeforeEach
	void stopListenerSoTheRecordsArriveTogether() {
		container().stop();
	}

	@Test
	void deadLettersARecordWithoutPayloadAndAppliesTheRecordsAroundItOnce() {
		String first = sendOrder(UUID.randomUUID());
		UUID empty = UUID.randomUUID();
		KafkaProbe.send(TOPIC, this.key, null, headers(empty, OrderUpserted.TYPE, TENANT));
		String last = sendOrder(UUID.randomUUID());
		container().start();

		awaitApplied(last);
		assertAppliedOnce(first, last);
		assertThat(KafkaProbe.header(deadLetter(empty), "kafka_dlt-exception-message")).contains("has no payload");
	}

	@Test
	void aPayloadOfAnotherTenantThanItsCeTenantIsPoison() {
		String order = UUID.randomUUID().toString();
		UUID mismatched = UUID.randomUUID();
		KafkaProbe.send(TOPIC, this.key, json(order(order)),
				headers(mismatched, OrderUpserted.TYPE, "5e471a00-0000-4000-8000-00000000beef"));
		String last = sendOrder(UUID.randomUUID());
		container().start();

		awaitApplied(last);
		assertThat(applied(order)).as("the other tenant's order").isZero();
		assertThat(this.listener.handled(order)).isZero();
		ConsumerRecord<String, String> dead = deadLetter(mismatched);
		assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-message")).contains("ce_tenant");
		assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-fqcn") + " "
				+ KafkaProbe.header(dead, "kafka_dlt-exception-cause-fqcn"))
			.contains(MalformedEventException.class.getName());
		assertThat(dead.value()).as("dead-lettered as it came").contains(order);
	}

	@Test
	void deadLettersUnreadableJsonAtOnce() {
		String first = sendOrder(UUID.randomUUID());
		UUID unreadable = UUID.randomUUID();
		KafkaProbe.send(TOPIC, this.key, "{\"orderId\": not json", headers(unreadable, OrderUpserted.TYPE, TENANT));
		String last = sendOrder(UUID.randomUUID());
		container().start();

		awaitApplied(last);
		assertAppliedOnce(first, last);
		assertThat(KafkaProbe.header(deadLetter(unreadable), "kafka_dlt-exception-fqcn") + " "
				+ KafkaProbe.header(deadLetter(unreadable), "kafka_dlt-exception-cause-fqcn"))
			.contains("tools.jackson");
	}

	@Test
	void aRedeliveredEventIsAppliedOnceInTheSameBatchAndInALaterOne() {
		UUID eventId = UUID.randomUUID();
		String order = sendOrder(eventId);
		String sameEvent = sendOrder(eventId, order);
		container().start();
		awaitApplied(order);
		String later = sendOrder(eventId, order);
		String sentinel = sendOrder(UUID.randomUUID());

		awaitApplied(sentinel);
		assertThat(sameEvent).isEqualTo(order).isEqualTo(later);
		assertAppliedOnce(order);
		assertThat(this.jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id = :id")
			.param("consumer", TypedOrderTestListener.ID)
			.param("id", eventId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void skipsOtherEventTypesOnTheTopicWithoutDeadLetteringThem() {
		UUID product = UUID.randomUUID();
		String skipped = UUID.randomUUID().toString();
		KafkaProbe.send(TOPIC, this.key, json(order(skipped)), headers(product, ProductUpserted.TYPE, TENANT));
		String last = sendOrder(UUID.randomUUID());
		container().start();

		awaitApplied(last);
		assertThat(applied(skipped)).isZero();
		assertThat(this.listener.handled(skipped)).isZero();
		assertThat(KafkaProbe.read(Topics.deadLetter(TOPIC),
				(record) -> product.toString().equals(KafkaProbe.header(record, EventHeaders.ID)), 1,
				Duration.ofSeconds(2)))
			.isEmpty();
	}

	private MessageListenerContainer container() {
		MessageListenerContainer container = this.registry.getListenerContainer(TypedOrderTestListener.ID);
		assertThat(container).isNotNull();
		return container;
	}

	private String sendOrder(UUID eventId) {
		return sendOrder(eventId, UUID.randomUUID().toString());
	}

	private String sendOrder(UUID eventId, String orderId) {
		KafkaProbe.send(TOPIC, this.key, json(order(orderId)), headers(eventId, OrderUpserted.TYPE, TENANT));
		return orderId;
	}

	private static OrderUpserted order(String orderId) {
		Money price = new Money(new BigDecimal("12.50"), "GBP");
		Instant now = Instant.parse("2026-11-22T06:00:00Z");
		return new OrderUpserted(TENANT, orderId, "shopify", "shopify", "UK", "uk", "open", now, now, "GBP",
				List.of(new OrderLine("1", "GIN-70", 1, price, price)), price);
	}

	private String json(OrderUpserted order) {
		return this.jsonMapper.writeValueAsString(order);
	}

	private static Map<String, String> headers(UUID eventId, String type, String tenant) {
		return Map.of(EventHeaders.ID, eventId.toString(), EventHeaders.TYPE, type, EventHeaders.SOURCE, "test",
				EventHeaders.TENANT, tenant, EventHeaders.TIME, Instant.now().toString());
	}

	private void awaitApplied(String order) {
		await().atMost(Duration.ofSeconds(30)).until(() -> applied(order) == 1);
	}

	private void assertAppliedOnce(String... orders) {
		for (String order : orders) {
			assertThat(applied(order)).as("%s applied", order).isEqualTo(1);
			assertThat(this.listener.handled(order)).as("%s handled", order).isEqualTo(1);
		}
	}

	private int applied(String order) {
		return this.jdbc.sql("SELECT count(*) FROM note WHERE text = :order")
			.param("order", order)
			.query(Integer.class)
			.single();
	}

	private ConsumerRecord<String, String> deadLetter(UUID eventId) {
		List<ConsumerRecord<String, String>> dead = KafkaProbe.read(Topics.deadLetter(TOPIC),
				(record) -> eventId.toString().equals(KafkaProbe.header(record, EventHeaders.ID)), 1,
				Duration.ofSeconds(30));
		assertThat(dead).as("dead letter of %s", eventId).hasSize(1);
		return dead.getFirst();
	}

}
