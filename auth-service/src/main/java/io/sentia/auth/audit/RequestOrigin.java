package io.sentia.auth.audit;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request comes from (client address) and which trace it belongs to;
 * both {@code null} outside a request or span.
 */
@Component
public class RequestOrigin {

	private final ObjectProvider<Tracer> tracer;

	public RequestOrigin(ObjectProvider<Tracer> tracer) {
		this.tracer = tracer;
	}

	/**
	 * Returns the client address of the current request: the socket's peer, or the client
	 * a trusted proxy names in {@code X-Forwarded-For} (see
	 * {@code io.sentia.auth.proxy}); never what an untrusted sender claims.
	 * @return the address, or {@code null} outside a request
	 */
	public @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/**
	 * Returns the trace id of the current span.
	 * @return the trace id, or {@code null} when none
	 */
	public @Nullable String traceId() {
		Tracer current = this.tracer.getIfAvailable();
		Span span = (current != null) ? current.currentSpan() : null;
		return (span != null) ? span.context().traceId() : null;
	}

}
