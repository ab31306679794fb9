package io.sentia.devstack;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static io.sentia.devstack.E2EPlatform.eventually;
import static io.sentia.devstack.E2EPlatform.plus;
import static io.sentia.devstack.E2EPlatform.revenue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event backbone end to end: the demo dataset read back to the cent, a redelivery
 * counted once, a poison record dead-lettered, and an order written while Kafka is down
 * delivered when it returns.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(2)
class EventsE2ETests {

	private static String gateway;

	@BeforeAll
	static void usePlatform() {
		gateway = E2EPlatform.gateway();
	}

	@Test
	@Order(1)
	void revenueThroughTheGatewayMatchesTheDemoDatasetExactly() throws Exception {
		JsonNode dataset = E2EPlatform.awaitDemoLoaded();
		Map<String, BigDecimal> expectedByRegion = DemoDatasetTotals.byDimension(dataset, "region");
		Map<String, BigDecimal> expectedByChannel = DemoDatasetTotals.byDimension(dataset, "channel");
		assertThat(expectedByRegion).isNotEmpty();
		assertThat(expectedByChannel).isNotEmpty();
		eventually(Duration.ofMinutes(4), () -> revenue("region").equals(expectedByRegion) ? true : null);
		assertThat(revenue("region")).isEqualTo(expectedByRegion);
		assertThat(revenue("channel")).isEqualTo(expectedByChannel);
	}

	@Test
	@Order(2)
	void theSameEventDeliveredTwiceIsCountedOnce() throws Exception {
		Map<String, BigDecimal> before = revenue("region");
		ConsumerRecord<String, String> original = KafkaProbe.firstRecord(KafkaProbe.ORDERS_TOPIC);
		try (KafkaProducer<String, String> producer = KafkaProbe.producer()) {
			ProducerRecord<String, String> again = new ProducerRecord<>(KafkaProbe.ORDERS_TOPIC, original.key(),
					original.value());
			for (Header header : original.headers()) {
				again.headers().add(header);
			}
			producer.send(again).get(10, TimeUnit.SECONDS);
		}
		String marker = KafkaProbe.publishOrderDirectly("e2e-after-duplicate", "12.34");
		eventually(Duration.ofMinutes(2),
				() -> revenue("region").equals(plus(before, "UK:GBP", "12.34")) ? true : null);
		assertThat(revenue("region")).as("only the marker order was added; the redelivery changed nothing")
			.isEqualTo(plus(before, "UK:GBP", "12.34"));
		assertThat(marker).isNotBlank();
	}

	@Test
	@Order(3)
	void aMalformedOrderEventLandsInTheDeadLetterTopicAndConsumptionContinues() throws Exception {
		Map<String, BigDecimal> before = revenue("region");
		String poisonId = UUID.randomUUID().toString();
		try (KafkaProducer<String, String> producer = KafkaProbe.producer()) {
			ProducerRecord<String, String> poison = new ProducerRecord<>(KafkaProbe.ORDERS_TOPIC, "e2e:poison",
					"{\"this is\": not json");
			poison.headers().add("ce_id", poisonId.getBytes(StandardCharsets.UTF_8));
			poison.headers().add("ce_type", "sentia.commerce.order.upserted.v1".getBytes(StandardCharsets.UTF_8));
			producer.send(poison).get(10, TimeUnit.SECONDS);
		}
		KafkaProbe.publishOrderDirectly("e2e-after-poison", "5.00");
		ConsumerRecord<String, String> dead = eventually(Duration.ofMinutes(2),
				() -> KafkaProbe.findRecord(KafkaProbe.ORDERS_TOPIC + ".dlt", poisonId));
		assertThat(dead.value()).isEqualTo("{\"this is\": not json");
		assertThat(dead.headers().lastHeader("kafka_dlt-original-topic")).isNotNull();
		eventually(Duration.ofMinutes(2), () -> revenue("region").equals(plus(before, "UK:GBP", "5.00")) ? true : null);
	}

	@Test
	@Order(4)
	void anOrderRecordedWhileKafkaIsDownIsDeliveredWhenItReturns() throws Exception {
		Map<String, BigDecimal> before = revenue("region");
		E2EPlatform.platform().stopKafka();
		HttpResponse<String> accepted;
		try {
			accepted = E2EPlatform.operator()
				.send("POST", "/api/integrations/v1/demo/orders",
						"{\"store\":\"shopify-uk\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":2,\"unitPrice\":\"21.50\"}");
		}
		finally {
			E2EPlatform.platform().startKafka();
		}
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		eventually(Duration.ofMinutes(3),
				() -> revenue("region").equals(plus(before, "UK:GBP", "43.00")) ? true : null);
		assertThat(revenue("region")).isEqualTo(plus(before, "UK:GBP", "43.00"));
	}

}
