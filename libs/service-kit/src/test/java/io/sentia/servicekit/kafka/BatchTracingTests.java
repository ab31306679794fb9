package io.sentia.servicekit.kafka;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.sentia.events.EventHeaders;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.servicekit.testapp.KafkaProbe;
import io.sentia.servicekit.testapp.RecordedSpans;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.servicekit.testapp.TypedOrderTestListener;
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
 * A consumed batch runs in one {@code CONSUMER} span that is a child of its first
 * record's producer context and links to the other records' contexts, so a request, the
 * event it wrote to the outbox and the consumer that handled the event share one trace.
 * Real broker, database and OpenTelemetry SDK; spans read from an in-memory processor.
 */
class BatchTracingTests extends ServiceKitTestSupport {

	private static final String TOPIC = TypedOrderTestListener.TOPIC;

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000003";

	@Autowired
	private Tracer tracer;

	@Autowired
	private RecordedSpans spans;

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
	void aBatchIsAChildOfItsFirstRecordsProducerAndLinksTheOthers() {
		Span first = this.tracer.nextSpan().name("first producer").start();
		Span other = this.tracer.nextSpan().name("other producer").start();
		first.end();
		other.end();
		String firstOrder = sendOrder(traceparent(first));
		String sameSpanOrder = sendOrder(traceparent(first));
		String otherOrder = sendOrder(traceparent(other));
		container().start();

		awaitApplied(firstOrder, sameSpanOrder, otherOrder);
		SpanData batch = awaitConsumerSpan(first.context().traceId());
		assertThat(batch.getParentSpanId()).isEqualTo(first.context().spanId());
		assertThat(batch.getName()).isEqualTo("process " + TOPIC);
		assertThat(batch.getAttributes().get(AttributeKey.longKey("messaging.batch.message_count"))).isEqualTo(3L);
		assertThat(batch.getLinks())
			.extracting((link) -> link.getSpanContext().getTraceId() + "/" + link.getSpanContext().getSpanId())
			.as("the other producer linked once, the parent not linked")
			.containsExactly(other.context().traceId() + "/" + other.context().spanId());
		assertThat(this.spans.ofTrace(other.context().traceId()))
			.as("no span per record: the other producer's trace has only the producer")
			.extracting(SpanData::getName)
			.containsExactly("other producer");
	}

	@Test
	void aRequestTheEventItPublishedAndItsConsumerShareOneTrace() {
		container().start();
		await().atMost(Duration.ofSeconds(30)).until(() -> !container().getAssignedPartitions().isEmpty());
		String clientTraceId = hex(32);
		String clientSpanId = hex(16);

		HttpResponse<String> response = post("/test/traced-orders/" + UUID.randomUUID(),
				"00-" + clientTraceId + "-" + clientSpanId + "-01");

		assertThat(response.statusCode()).isEqualTo(202);
		SpanData consumer = awaitConsumerSpan(clientTraceId);
		List<SpanData> trace = this.spans.ofTrace(clientTraceId);
		SpanData server = trace.stream()
			.filter((span) -> span.getKind() == SpanKind.SERVER)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no server span in " + trace));
		assertThat(server.getParentSpanId()).as("the request's span is the caller's child").isEqualTo(clientSpanId);
		assertThat(ancestors(consumer, trace)).as("the consumer descends from the request")
			.contains(server.getSpanId());
	}

	private SpanData awaitConsumerSpan(String traceId) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.spans.ofTrace(traceId)
				.stream()
				.filter((span) -> span.getKind() == SpanKind.CONSUMER)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static List<String> ancestors(SpanData span, List<SpanData> trace) {
		Map<String, String> parents = new HashMap<>();
		trace.forEach((candidate) -> parents.put(candidate.getSpanId(), candidate.getParentSpanId()));
		List<String> chain = new ArrayList<>();
		String parent = span.getParentSpanId();
		while (parent != null && parents.containsKey(parent) && chain.size() < 50) {
			chain.add(parent);
			parent = parents.get(parent);
		}
		return chain;
	}

	private MessageListenerContainer container() {
		MessageListenerContainer container = this.registry.getListenerContainer(TypedOrderTestListener.ID);
		assertThat(container).isNotNull();
		return container;
	}

	private String sendOrder(String traceparent) {
		String orderId = UUID.randomUUID().toString();
		Money price = new Money(new BigDecimal("12.50"), "GBP");
		Instant now = Instant.parse("2026-11-22T06:00:00Z");
		OrderUpserted order = new OrderUpserted(TENANT, orderId, "shopify", "shopify", "UK", "uk", "open", now, now,
				"GBP", List.of(new OrderLine("1", "GIN-70", 1, price, price)), price);
		KafkaProbe.send(TOPIC, this.key, this.jsonMapper.writeValueAsString(order),
				Map.of(EventHeaders.ID, UUID.randomUUID().toString(), EventHeaders.TYPE, OrderUpserted.TYPE,
						EventHeaders.SOURCE, "test", EventHeaders.TENANT, TENANT, EventHeaders.TIME,
						Instant.now().toString(), EventHeaders.TRACEPARENT, traceparent));
		return orderId;
	}

	private void awaitApplied(String... orders) {
		for (String order : orders) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.jdbc.sql("SELECT count(*) FROM note WHERE text = :order")
					.param("order", order)
					.query(Integer.class)
					.single() == 1);
		}
	}

	private static String traceparent(Span span) {
		return "00-" + span.context().traceId() + "-" + span.context().spanId() + "-01";
	}

	private static String hex(int length) {
		String digits = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
		return digits.substring(0, length);
	}

	private HttpResponse<String> post(String path, String traceparent) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header(EventHeaders.TRACEPARENT, traceparent)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
