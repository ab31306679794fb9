package io.sentia.servicekit.kafka;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.tracing.Link;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.sentia.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

/**
 * The span of a consumed batch: one {@code CONSUMER} span per batch, a child of the first
 * record's producer context (its W3C {@code traceparent}, which the outbox kept from the
 * span that wrote the event) and linked to the other records' producer contexts, so the
 * request that wrote the first event and the consumer that handled it share one trace,
 * and every other event's trace points at the batch that handled it.
 * <p>
 * One span per batch rather than one per record: at 5,000 events/s in batches of up to
 * {@code sentia.kafka.batch.max-poll-records} a consumer starts and exports tens of spans
 * a second instead of thousands, and the batch is the unit that really runs (one
 * transaction, one acknowledgement). A link costs a trace and span id. Spring Kafka's own
 * listener observation is switched off for batch listeners: for a batch it opens one
 * empty span per record before the listener runs, so it traces nothing the listener does.
 */
public class BatchSpans {

	/**
	 * Links per span, OpenTelemetry's default span limit; the SDK would drop further
	 * links anyway.
	 */
	static final int MAX_LINKS = 128;

	private static final Pattern TRACEPARENT = Pattern
		.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?");

	private static final Propagator.Getter<ConsumerRecord<?, ?>> HEADERS = EventEnvelope::header;

	private final @Nullable Tracer tracer;

	private final @Nullable Propagator propagator;

	/**
	 * Creates the spans of batches; without tracing both are {@code null} and batches run
	 * without a span.
	 * @param tracer the tracer, if tracing is configured
	 * @param propagator the propagator, if tracing is configured
	 */
	public BatchSpans(@Nullable Tracer tracer, @Nullable Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * Batches without spans, for code that runs without tracing.
	 * @return spans that do nothing
	 */
	public static BatchSpans none() {
		return new BatchSpans(null, null);
	}

	/**
	 * Runs the handling of a batch in its span, which is current (and so in the logs'
	 * trace and span ids) while it runs and records the failure it ends with.
	 * @param records the batch, as the container passed it
	 * @param handling what the listener does with it
	 */
	@SuppressWarnings("try") // the scope only has to be open
	public void run(List<? extends ConsumerRecord<?, ?>> records, Runnable handling) {
		if (this.tracer == null || this.propagator == null || records.isEmpty()) {
			handling.run();
			return;
		}
		Span span = start(this.tracer, this.propagator, records);
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			handling.run();
		}
		catch (RuntimeException | Error ex) {
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

	private static Span start(Tracer tracer, Propagator propagator, List<? extends ConsumerRecord<?, ?>> records) {
		ConsumerRecord<?, ?> parent = firstTraced(records);
		Span.Builder builder = (parent != null) ? propagator.extract(parent, HEADERS) : tracer.spanBuilder();
		String topic = records.getFirst().topic();
		builder.name("process " + topic)
			.kind(Span.Kind.CONSUMER)
			.tag("messaging.system", "kafka")
			.tag("messaging.operation.type", "process")
			.tag("messaging.destination.name", topic)
			.tag("messaging.batch.message_count", records.size());
		Set<String> linked = new HashSet<>();
		if (parent != null) {
			linked.add(spanOf(EventEnvelope.header(parent, EventHeaders.TRACEPARENT)));
		}
		int links = 0;
		for (int i = 0; i < records.size() && links < MAX_LINKS; i++) {
			String traceparent = EventEnvelope.header(records.get(i), EventHeaders.TRACEPARENT);
			TraceContext context = context(tracer, traceparent);
			if (context != null && linked.add(spanOf(traceparent))) {
				builder.addLink(new Link(context));
				links++;
			}
		}
		return builder.start();
	}

	private static @Nullable ConsumerRecord<?, ?> firstTraced(List<? extends ConsumerRecord<?, ?>> records) {
		for (ConsumerRecord<?, ?> record : records) {
			if (TRACEPARENT.matcher(nullToEmpty(EventEnvelope.header(record, EventHeaders.TRACEPARENT))).matches()) {
				return record;
			}
		}
		return null;
	}

	/** Reads a producer context to link to; {@code null} for none or a malformed one. */
	private static @Nullable TraceContext context(Tracer tracer, @Nullable String traceparent) {
		Matcher matcher = TRACEPARENT.matcher(nullToEmpty(traceparent));
		if (!matcher.matches()) {
			return null;
		}
		boolean sampled = (Integer.parseInt(matcher.group(4), 16) & 1) == 1;
		return tracer.traceContextBuilder().traceId(matcher.group(2)).spanId(matcher.group(3)).sampled(sampled).build();
	}

	/**
	 * Trace and span id of a {@code traceparent}: records of one span are linked once.
	 */
	private static String spanOf(@Nullable String traceparent) {
		String value = nullToEmpty(traceparent);
		return (value.length() >= 52) ? value.substring(3, 52) : value;
	}

	private static String nullToEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
