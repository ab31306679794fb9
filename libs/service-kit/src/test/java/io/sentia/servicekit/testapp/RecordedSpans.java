package io.sentia.servicekit.testapp;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;

import org.springframework.stereotype.Component;

/**
 * Keeps the spans the test service ends, in memory, beside Boot's exporting processor, so
 * tests see exactly what an OTLP backend would receive.
 */
@Component
public class RecordedSpans implements SpanProcessor {

	private static final int CAPACITY = 20_000;

	private final ConcurrentLinkedDeque<SpanData> spans = new ConcurrentLinkedDeque<>();

	@Override
	public void onStart(Context parentContext, ReadWriteSpan span) {
	}

	@Override
	public boolean isStartRequired() {
		return false;
	}

	@Override
	public void onEnd(ReadableSpan span) {
		this.spans.addLast(span.toSpanData());
		while (this.spans.size() > CAPACITY) {
			this.spans.pollFirst();
		}
	}

	@Override
	public boolean isEndRequired() {
		return true;
	}

	/**
	 * Returns the ended spans that match, oldest first.
	 * @param matching which spans
	 * @return the spans
	 */
	public List<SpanData> find(Predicate<SpanData> matching) {
		return this.spans.stream().filter(matching).toList();
	}

	/**
	 * Returns the ended spans of one trace, oldest first.
	 * @param traceId the trace
	 * @return its spans
	 */
	public List<SpanData> ofTrace(String traceId) {
		return find((span) -> span.getTraceId().equals(traceId));
	}

}
