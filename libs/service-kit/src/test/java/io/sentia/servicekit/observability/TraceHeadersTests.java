package io.sentia.servicekit.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.sentia.events.EventHeaders;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace context an outbox row keeps is the one of the span that wrote it.
 */
class TraceHeadersTests extends ServiceKitTestSupport {

	@Autowired
	private Tracer tracer;

	@Autowired
	private TraceHeaders traceHeaders;

	@Test
	@SuppressWarnings("try") // the scope only has to be open
	void capturesTheCurrentSpanAsW3cTraceparent() {
		Span span = this.tracer.nextSpan().name("capture").start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			assertThat(this.traceHeaders.current()).hasEntrySatisfying(EventHeaders.TRACEPARENT,
					(traceparent) -> assertThat(traceparent)
						.isEqualTo("00-" + span.context().traceId() + "-" + span.context().spanId() + "-01"));
		}
		finally {
			span.end();
		}
	}

	@Test
	void capturesNothingOutsideASpan() {
		assertThat(this.traceHeaders.current()).doesNotContainKey(EventHeaders.TRACEPARENT);
	}

}
