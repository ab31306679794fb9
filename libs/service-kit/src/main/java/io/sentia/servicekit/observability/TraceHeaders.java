package io.sentia.servicekit.observability;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;

/**
 * Captures the current trace context as propagation headers (W3C {@code traceparent} and
 * friends), for work that leaves the thread before it leaves the process: an outbox row
 * written in a request is sent by the relay later, and its record must still join the
 * request's trace.
 */
public class TraceHeaders {

	private final @Nullable Tracer tracer;

	private final @Nullable Propagator propagator;

	/**
	 * Creates the capture; without tracing on the classpath both are {@code null} and
	 * nothing is captured.
	 * @param tracer the tracer, if tracing is configured
	 * @param propagator the propagator, if tracing is configured
	 */
	public TraceHeaders(@Nullable Tracer tracer, @Nullable Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * Returns the propagation headers of the current span.
	 * @return header name to value, empty when no span is current
	 */
	public Map<String, String> current() {
		Map<String, String> headers = new LinkedHashMap<>();
		if (this.tracer == null || this.propagator == null) {
			return headers;
		}
		TraceContext context = this.tracer.currentTraceContext().context();
		if (context != null) {
			this.propagator.inject(context, headers, Map::put);
		}
		return headers;
	}

}
