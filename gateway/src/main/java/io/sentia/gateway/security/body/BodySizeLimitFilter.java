package io.sentia.gateway.security.body;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.problem.Problems;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a body over the path's limit with 413: at once when {@code Content-Length} says
 * so, otherwise (chunked) as soon as the bytes read pass the limit, so an oversized
 * upload is never held in memory. Runs before security: the size is refused before any
 * work is spent on the request.
 */
@Component
class BodySizeLimitFilter implements WebFilter, Ordered {

	private final long defaultMax;

	private final List<Limit> limits = new ArrayList<>();

	private final ProblemResponseWriter problems;

	BodySizeLimitFilter(BodyLimitProperties properties, ProblemResponseWriter problems) {
		this.defaultMax = properties.defaultMax().toBytes();
		this.problems = problems;
		properties.overrides()
			.forEach((override) -> override.paths()
				.forEach((path) -> this.limits
					.add(new Limit(PathPatternParser.defaultInstance.parse(path), override.max().toBytes()))));
		this.limits.sort(Comparator.comparing(Limit::pattern, PathPattern.SPECIFICITY_COMPARATOR));
	}

	@Override
	public int getOrder() {
		// Just after the security headers, so a 413 carries them too.
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		long max = limitOf(request.getPath().pathWithinApplication());
		long declared = request.getHeaders().getContentLength();
		if (declared > max) {
			return tooLarge(exchange, max);
		}
		if (declared >= 0) {
			// Netty reads no more than the declared length.
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong read = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (read.addAndGet(buffer.readableByteCount()) > max) {
						DataBufferUtils.release(buffer);
						sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLargeDetail(max)));
					}
					else {
						sink.next(buffer);
					}
				});
			}
		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

	long limitOf(PathContainer path) {
		return this.limits.stream()
			.filter((limit) -> limit.pattern().matches(path))
			.mapToLong(Limit::max)
			.findFirst()
			.orElse(this.defaultMax);
	}

	private Mono<Void> tooLarge(ServerWebExchange exchange, long max) {
		ProblemDetail problem = Problems.forStatus(HttpStatus.CONTENT_TOO_LARGE, tooLargeDetail(max));
		problem.setProperty("maxBytes", max);
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return this.problems.write(exchange, problem);
	}

	static String tooLargeDetail(long max) {
		return "The request body is larger than the " + max + " bytes allowed here";
	}

	private record Limit(PathPattern pattern, long max) {
	}

}
