package io.sentia.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.sentia.devstack.E2EPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One trace per request across the platform: an order posted through the gateway is
 * traced from the gateway's server span, through integrations-service's request that
 * wrote it to the outbox, to analytics-service's batch that consumed it from
 * {@code commerce.orders.v1}, all under one trace id and each the descendant of the one
 * before. The services export over OTLP/HTTP to {@link SpanReceiver}, which
 * {@link E2EPlatform} starts with the platform. It runs after the scenarios that compare
 * revenue totals, since it adds an order.
 */
@ExtendWith(E2EPlatform.class)
@Order(8)
class TracingE2ETests {

	@Test
	void anOrderPostedThroughTheGatewayIsOneTraceFromGatewayToItsConsumer() throws Exception {
		long postedAfter = System.currentTimeMillis() * 1_000_000L;
		HttpResponse<String> accepted = E2EPlatform.operator()
			.send("POST", "/api/integrations/v1/demo/orders",
					"{\"store\":\"shopify-uk\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":1,\"unitPrice\":\"21.50\"}");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		SpanReceiver spans = E2EPlatform.spans();

		// Spans leave each service in batches (every 5 s by default).
		ReceivedSpan request = eventually(Duration.ofMinutes(2),
				() -> spans
					.find((span) -> span.service().equals("integrations-service") && span.kind() == Kind.SERVER
							&& span.startNanos() >= postedAfter && span.describes("/api/integrations/v1/demo/orders"))
					.stream()
					.findFirst()
					.orElse(null));
		String traceId = request.traceId();
		ReceivedSpan consumer = eventually(Duration.ofMinutes(2),
				() -> spans
					.find((span) -> span.service().equals("analytics-service") && span.kind() == Kind.CONSUMER
							&& "commerce.orders.v1".equals(span.attributes().get("messaging.destination.name"))
							&& (span.traceId().equals(traceId) || span.linksTo(traceId)))
					.stream()
					.findFirst()
					.orElse(null));

		List<ReceivedSpan> trace = spans.find((span) -> span.traceId().equals(traceId));
		ReceivedSpan gateway = trace.stream()
			.filter((span) -> span.service().equals("gateway") && span.kind() == Kind.SERVER)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no gateway server span in trace " + traceId + ": " + trace));
		assertThat(gateway.parentSpanId()).as("the gateway's span starts the trace").isEmpty();
		assertThat(ancestors(request, trace)).as("integrations' request descends from the gateway's")
			.contains(gateway.spanId());
		assertThat(trace).as("the gateway's call to integrations-service")
			.anySatisfy((span) -> assertThat(span.service() + " " + span.kind()).isEqualTo("gateway CLIENT"));
		// The batch span is a child of its first record's producer and links the others
		// (service-kit BatchSpans): this order was first in analytics' batch unless other
		// orders arrived in the same poll.
		if (consumer.traceId().equals(traceId)) {
			assertThat(ancestors(consumer, trace)).as("analytics' batch descends from integrations' request")
				.contains(request.spanId());
		}
		else {
			assertThat(consumer.links()).as("analytics' batch links the request that wrote the order")
				.anySatisfy((link) -> assertThat(ancestors(link, trace, request.spanId())).isTrue());
		}
	}

	/** The span ids above a span in its trace, nearest first. */
	private static List<String> ancestors(ReceivedSpan span, List<ReceivedSpan> trace) {
		Map<String, String> parents = new HashMap<>();
		trace.forEach((candidate) -> parents.put(candidate.spanId(), candidate.parentSpanId()));
		List<String> chain = new ArrayList<>();
		String parent = span.parentSpanId();
		while (!parent.isEmpty() && chain.size() < 100) {
			chain.add(parent);
			parent = parents.getOrDefault(parent, "");
		}
		return chain;
	}

	/** Whether a linked context is the given span or one of its descendants. */
	private static boolean ancestors(SpanLink link, List<ReceivedSpan> trace, String spanId) {
		if (link.spanId().equals(spanId)) {
			return true;
		}
		return trace.stream()
			.filter((span) -> span.spanId().equals(link.spanId()))
			.anyMatch((span) -> ancestors(span, trace).contains(spanId));
	}

	enum Kind {

		UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER

	}

	/** A link of a span to another context. */
	record SpanLink(String traceId, String spanId) {

	}

	/** One span as the platform exported it; ids in lower-case hex, none as "". */
	record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Kind kind,
			long startNanos, Map<String, String> attributes, List<SpanLink> links) {

		boolean describes(String path) {
			return this.name.contains(path)
					|| this.attributes.values().stream().anyMatch((value) -> value.contains(path));
		}

		boolean linksTo(String traceId) {
			return this.links.stream().anyMatch((link) -> link.traceId().equals(traceId));
		}

	}

	/**
	 * An OTLP/HTTP trace receiver (protobuf, {@code POST /v1/traces}) on a loopback port,
	 * keeping the latest spans in memory. One thread decodes; the services' exporters
	 * send in batches, so it costs the platform nothing it would not spend on a
	 * collector.
	 */
	static final class SpanReceiver implements AutoCloseable {

		private static final int CAPACITY = 200_000;

		private static final HexFormat HEX = HexFormat.of();

		private final ConcurrentLinkedDeque<ReceivedSpan> spans = new ConcurrentLinkedDeque<>();

		private final HttpServer server;

		private final ExecutorService executor = Executors.newSingleThreadExecutor();

		private SpanReceiver(HttpServer server) {
			this.server = server;
		}

		static SpanReceiver start() throws IOException {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			SpanReceiver receiver = new SpanReceiver(server);
			server.createContext("/v1/traces", receiver::receive);
			server.setExecutor(receiver.executor);
			server.start();
			return receiver;
		}

		/** Where services send their spans: Boot's OTLP/HTTP span endpoint. */
		String endpoint() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1/traces";
		}

		List<ReceivedSpan> find(Predicate<ReceivedSpan> matching) {
			return this.spans.stream().filter(matching).toList();
		}

		private void receive(HttpExchange exchange) throws IOException {
			try (exchange; InputStream body = exchange.getRequestBody()) {
				if (!"POST".equals(exchange.getRequestMethod())) {
					exchange.sendResponseHeaders(405, -1);
					return;
				}
				ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
				request.getResourceSpansList().forEach(this::keep);
				byte[] response = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
				exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
				exchange.sendResponseHeaders(200, (response.length > 0) ? response.length : -1);
				if (response.length > 0) {
					exchange.getResponseBody().write(response);
				}
			}
		}

		private void keep(ResourceSpans resourceSpans) {
			String service = text(resourceSpans.getResource().getAttributesList()).getOrDefault("service.name", "");
			for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
				for (io.opentelemetry.proto.trace.v1.Span span : scope.getSpansList()) {
					this.spans.addLast(new ReceivedSpan(service, hex(span.getTraceId()), hex(span.getSpanId()),
							hex(span.getParentSpanId()), span.getName(), kind(span.getKindValue()),
							span.getStartTimeUnixNano(), text(span.getAttributesList()),
							span.getLinksList()
								.stream()
								.map((link) -> new SpanLink(hex(link.getTraceId()), hex(link.getSpanId())))
								.toList()));
				}
			}
			while (this.spans.size() > CAPACITY) {
				this.spans.pollFirst();
			}
		}

		private static Kind kind(int value) {
			Kind[] kinds = Kind.values();
			return (value >= 0 && value < kinds.length) ? kinds[value] : Kind.UNSPECIFIED;
		}

		private static Map<String, String> text(List<KeyValue> attributes) {
			Map<String, String> values = new HashMap<>();
			for (KeyValue attribute : attributes) {
				Optional.of(attribute.getValue()).map((value) -> switch (value.getValueCase()) {
					case STRING_VALUE -> value.getStringValue();
					case INT_VALUE -> Long.toString(value.getIntValue());
					case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
					case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
					default -> value.toString();
				}).ifPresent((value) -> values.put(attribute.getKey(), value));
			}
			return values;
		}

		private static String hex(ByteString bytes) {
			return bytes.isEmpty() ? "" : HEX.formatHex(bytes.toByteArray());
		}

		@Override
		public void close() {
			this.server.stop(0);
			this.executor.shutdownNow();
		}

	}

}
