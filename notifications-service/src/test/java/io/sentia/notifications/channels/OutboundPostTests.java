package io.sentia.notifications.channels;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sentia.notifications.delivery.SendResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each answer of an outside receiver (simulated on the wire by WireMock) means for
 * the delivery.
 */
class OutboundPostTests {

	@RegisterExtension
	static final WireMockExtension receiver = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

	private final OutboundPost post = new OutboundPost(Duration.ofSeconds(3), Duration.ofSeconds(3), CLOCK);

	@ParameterizedTest
	@ValueSource(ints = { 200, 202, 204 })
	void isDeliveredOnA2xxWithTheJsonBodyAndHeaders(int status) {
		receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(status)));

		SendResult result = this.post.post(url("/hook"), "{\"a\":1}", Map.of("webhook-id", "msg_1"));

		assertThat(result).isInstanceOfSatisfying(SendResult.Delivered.class,
				(delivered) -> assertThat(delivered.status()).isEqualTo(status));
		receiver.verify(postRequestedFor(urlEqualTo("/hook")).withHeader("Content-Type", equalTo("application/json"))
			.withHeader("webhook-id", equalTo("msg_1"))
			.withRequestBody(equalToJson("{\"a\":1}")));
	}

	@Test
	void retriesAfterWhatA429AsksForInSeconds() {
		receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

		SendResult result = this.post.post(url("/hook"), "{}", Map.of());

		assertThat(result).isInstanceOfSatisfying(SendResult.Retry.class, (retry) -> {
			assertThat(retry.status()).isEqualTo(429);
			assertThat(retry.retryAfter()).isEqualTo(Duration.ofSeconds(30));
		});
	}

	@Test
	void retriesAfterWhatA429AsksForAsAnHttpDate() {
		receiver.stubFor(post("/hook")
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "Mon, 07 Dec 2026 10:02:00 GMT")));

		SendResult result = this.post.post(url("/hook"), "{}", Map.of());

		assertThat(((SendResult.Retry) result).retryAfter()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void usesTheBackOffWhenA429SaysNothingUsable() {
		receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "soon")));

		SendResult result = this.post.post(url("/hook"), "{}", Map.of());

		assertThat(((SendResult.Retry) result).retryAfter()).isNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 500, 502, 503, 504 })
	void retriesOnAServerErrorOrRequestTimeout(int status) {
		receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(status)));

		SendResult result = this.post.post(url("/hook"), "{}", Map.of());

		assertThat(result).isInstanceOfSatisfying(SendResult.Retry.class,
				(retry) -> assertThat(retry.status()).isEqualTo(status));
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 410, 413 })
	void rejectsOnAnyOtherClientError(int status) {
		receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(status)));

		SendResult result = this.post.post(url("/hook"), "{}", Map.of());

		assertThat(result).isInstanceOfSatisfying(SendResult.Rejected.class,
				(rejected) -> assertThat(rejected.status()).isEqualTo(status));
	}

	@Test
	void neverFollowsARedirect() {
		receiver.stubFor(post("/hook")
			.willReturn(aResponse().withStatus(307).withHeader("Location", "http://169.254.169.254/latest")));

		SendResult result = this.post.post(url("/hook"), "{}", Map.of());

		assertThat(result).isInstanceOf(SendResult.Rejected.class);
		assertThat(receiver.getAllServeEvents()).hasSize(1);
	}

	@Test
	void retriesWhenTheReceiverIsTooSlow() {
		receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(200).withFixedDelay(6000)));

		SendResult result = this.post.post(url("/hook"), "{}", Map.of());

		assertThat(result).isInstanceOfSatisfying(SendResult.Retry.class,
				(retry) -> assertThat(retry.reason()).contains("in time"));
	}

	@Test
	void retriesWhenNothingListens() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}

		SendResult result = this.post.post(URI.create("http://127.0.0.1:" + port + "/hook"), "{}", Map.of());

		assertThat(result).isInstanceOf(SendResult.Retry.class);
	}

	private static URI url(String path) {
		return URI.create(receiver.baseUrl() + path);
	}

}
