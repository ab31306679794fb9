package io.sentia.gateway.operations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.sentia.gateway.StubBackend;
import io.sentia.gateway.StubBackend.Answer;
import io.sentia.testkit.Infrastructure;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry requires HTTP basic and {@code SENTIA_EUREKA_URL} carries the credentials
 * ({@code http://user:pass@host/eureka/}): the Eureka client and the gateway's own
 * registry probe both authenticate, and the password is never printed.
 */
@ExtendWith(OutputCaptureExtension.class)
// Closed afterwards: its Eureka client would go on polling the stopped stub registry.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=true", "eureka.client.register-with-eureka=false",
				"eureka.client.registry-fetch-interval-seconds=1", "spring.data.redis.timeout=3s" })
class RegistryCredentialsTests {

	private static final String PASSWORD = "registry-pass-" + System.nanoTime();

	private static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString(("sentia:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	private static final StubBackend REGISTRY = StubBackend.start("service-registry");

	static {
		REGISTRY.answer("/eureka/apps/", Answer.json(200,
				"{\"applications\":{\"versions__delta\":\"1\",\"apps__hashcode\":\"\",\"application\":[]}}"));
	}

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String url = REGISTRY.url().replace("http://", "http://sentia:" + PASSWORD + "@") + "/eureka/";
		registry.add("eureka.client.service-url.defaultZone", () -> url);
		registry.add("sentia.gateway.health.registry-url", () -> url);
		registry.add("spring.data.redis.host", () -> Infrastructure.redis().host());
		registry.add("spring.data.redis.port", () -> Infrastructure.redis().port());
		registry.add("sentia.security.issuer", TestTokens::issuer);
		registry.add("sentia.security.jwk-set-uri", TestTokens::jwkSetUri);
	}

	@AfterAll
	static void stop() {
		REGISTRY.stop();
	}

	@Test
	void eurekaClientFetchesTheRegistryWithTheCredentials(CapturedOutput output) {
		await().atMost(Duration.ofSeconds(15)).until(() -> !REGISTRY.hits("/eureka/apps/").isEmpty());

		assertThat(REGISTRY.hits("/eureka/apps/"))
			.allSatisfy((hit) -> assertThat(hit.authorization()).isEqualTo(BASIC));
		assertThat(output).doesNotContain(PASSWORD);
	}

	@Test
	void probesTheRegistryWithTheCredentialsAndNeverShowsThem(CapturedOutput output) {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri("/health/ready")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain(PASSWORD));

		assertThat(REGISTRY.hits("/eureka/apps")).last().satisfies((hit) -> {
			assertThat(hit.authorization()).isEqualTo(BASIC);
			assertThat(hit.uri()).doesNotContain(PASSWORD);
		});
		assertThat(output).doesNotContain(PASSWORD);
	}

}
