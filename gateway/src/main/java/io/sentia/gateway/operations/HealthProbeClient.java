package io.sentia.gateway.operations;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * GETs a health URL with a short timeout and measures how long the answer took. Never
 * fails: a refused connection or a timeout is a {@link ProbeResult} saying so.
 */
@Component
class HealthProbeClient {

	private final WebClient webClient;

	private final Duration timeout;

	HealthProbeClient(OperationsProperties properties) {
		this.timeout = properties.probeTimeout();
		HttpClient httpClient = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) this.timeout.toMillis());
		this.webClient = WebClient.builder().clientConnector(new ReactorClientHttpConnector(httpClient)).build();
	}

	/**
	 * GETs the URL; credentials in it ({@code user:pass@}) are sent as HTTP basic, not in
	 * the URL.
	 */
	Mono<ProbeResult> get(URI url) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return this.webClient.get()
				.uri(RegistryCredentials.withoutCredentials(url))
				.headers((headers) -> RegistryCredentials.authorization(url)
					.ifPresent((basic) -> headers.set(HttpHeaders.AUTHORIZATION, basic)))
				.accept(MediaType.APPLICATION_JSON)
				.exchangeToMono((response) -> response.bodyToMono(String.class)
					.defaultIfEmpty("")
					.map((body) -> ProbeResult.answered(response.statusCode().value(), body, millisSince(started))))
				.timeout(this.timeout)
				.onErrorResume((failure) -> Mono.just(ProbeResult.failed(describe(failure), millisSince(started))));
		});
	}

	private String describe(Throwable failure) {
		if (failure instanceof TimeoutException) {
			return "no answer within " + this.timeout.toMillis() + "ms";
		}
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	private static long millisSince(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
	}

}
