package io.sentia.gateway.security.body;

import java.nio.charset.StandardCharsets;

import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/** Default limit 1 MiB; uploads under /api/integrations/v1/uploads/ may be larger. */
class BodySizeLimitTests extends StubbedPlatform {

	private static final int MIB = 1024 * 1024;

	@Test
	void refusesADeclaredBodyOverTheLimitWithAProblem() {
		this.gateway.post()
			.uri("/api/analytics/v1/exports")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[MIB + 1])
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(413)
			.jsonPath("$.maxBytes")
			.isEqualTo(MIB);

		assertThat(service("analytics-service").hits()).isEmpty();
	}

	@Test
	void refusesAChunkedBodyOverTheLimit() {
		this.gateway.post()
			.uri("/api/analytics/v1/exports")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(BodyInserters.fromDataBuffers(chunks(20, 64 * 1024)))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(service("analytics-service").hits()).isEmpty();
	}

	@Test
	void passesAChunkedBodyWithinTheLimitWhole() {
		this.gateway.post()
			.uri("/api/analytics/v1/exports")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(BodyInserters.fromDataBuffers(chunks(4, 64 * 1024)))
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(service("analytics-service").hits()).singleElement()
			.satisfies((hit) -> assertThat(hit.body()).hasSize(4 * 64 * 1024));
	}

	@Test
	void allowsLargerBodiesWhereConfigured() {
		this.gateway.post()
			.uri("/api/integrations/v1/uploads/orders.csv")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[2 * MIB])
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static Flux<DataBuffer> chunks(int count, int size) {
		byte[] chunk = "x".repeat(size).getBytes(StandardCharsets.US_ASCII);
		return Flux.range(0, count).map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));
	}

}
