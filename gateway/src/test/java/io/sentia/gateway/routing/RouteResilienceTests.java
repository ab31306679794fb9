package io.sentia.gateway.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.sentia.gateway.StubBackend;
import io.sentia.gateway.StubBackend.Answer;
import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a caller gets when a service is slow, gone or failing (route timeouts are 1 s
 * here).
 */
class RouteResilienceTests extends StubbedPlatform {

	private static final String KPIS = "/api/analytics/v1/kpis";

	@Test
	void answersGatewayTimeoutProblemWhenTheServiceIsSlowerThanTheRouteTimeout() {
		service("analytics-service").answer(KPIS, Answer.json(200, "{}").after(Duration.ofSeconds(4)));

		expectProblem(this.gateway.get().uri(KPIS).exchange(), 504, "gateway-timeout", "analytics-service")
			.jsonPath("$.detail")
			.isEqualTo("analytics-service did not answer within 2s; try again shortly");
	}

	@Test
	void letsACallUseTheWholeRouteTimeout() {
		service("analytics-service").answer(KPIS, Answer.json(200, "{}").after(Duration.ofMillis(1500)));

		this.gateway.get().uri(KPIS).exchange().expectStatus().isOk();
	}

	@Test
	void letsFiftyReadersWaitOnASlowServiceAtOnceWithoutRefusingAny() {
		service("analytics-service").answer(KPIS, Answer.json(200, "{}").after(Duration.ofMillis(300)));

		List<Integer> statuses;
		try (ExecutorService readers = Executors.newFixedThreadPool(50)) {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int reader = 0; reader < 50; reader++) {
				answers.add(readers.submit(
						() -> this.gateway.get().uri(KPIS).exchange().returnResult(String.class).getStatus().value()));
			}
			statuses = answers.stream().map((answer) -> {
				try {
					return answer.get(30, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}

		// Resilience4j's default bulkhead (25 concurrent calls) refused every reader
		// above 25.
		assertThat(statuses).hasSize(50).containsOnly(200);
	}

	@Test
	void answersServiceUnavailableProblemWhenTheServiceIsStopped() {
		service("analytics-service").stop();

		expectProblem(this.gateway.get().uri(KPIS).exchange(), 503, "service-unavailable", "analytics-service")
			.jsonPath("$.title")
			.isEqualTo("Service unavailable")
			.jsonPath("$.detail")
			.isEqualTo("analytics-service is not available right now; try again shortly")
			.jsonPath("$.instance")
			.isEqualTo(KPIS);
	}

	@Test
	void answersServiceUnavailableProblemForWritesToAStoppedServiceToo() {
		service("forecasting-service").stop();

		expectProblem(this.gateway.post().uri("/api/forecasting/v1/runs").bodyValue("{}").exchange(), 503,
				"service-unavailable", "forecasting-service");
	}

	@Test
	void answersServiceUnavailableProblemWhenNoInstanceIsRegistered() {
		expectProblem(this.gateway.get().uri("/api/ghost/v1/anything").exchange(), 503, "service-unavailable",
				"ghost-service");
	}

	@Test
	void retriesGetOnServiceUnavailableThenPassesTheLastAnswerOn() {
		service("analytics-service").answer(KPIS, Answer.problem(503, "{\"title\":\"Busy\"}"));

		this.gateway.get().uri(KPIS).exchange().expectStatus().isEqualTo(503).expectBody().json("{\"title\":\"Busy\"}");

		assertThat(service("analytics-service").hits(KPIS)).hasSize(3);
	}

	@Test
	void recoversAGetFromOneBadGateway() {
		service("analytics-service").answerNext(KPIS, Answer.json(502, "{}"));

		this.gateway.get().uri(KPIS).exchange().expectStatus().isOk();

		assertThat(service("analytics-service").hits(KPIS)).hasSize(2);
	}

	@Test
	void retriesHeadLikeGet() {
		service("analytics-service").answer(KPIS, Answer.json(504, ""));

		this.gateway.head().uri(KPIS).exchange().expectStatus().isEqualTo(504);

		assertThat(service("analytics-service").hits(KPIS)).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
	void neverRetriesAWrite(String method) {
		service("analytics-service").answer(KPIS, Answer.json(503, "{}"));

		this.gateway.method(HttpMethod.valueOf(method))
			.uri(KPIS)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(503);

		assertThat(service("analytics-service").hits(KPIS)).hasSize(1);
	}

	@Test
	void doesNotRetryAGetThatFailedWithAnInternalError() {
		service("analytics-service").answer(KPIS, Answer.json(500, "{}"));

		this.gateway.get().uri(KPIS).exchange().expectStatus().isEqualTo(500);

		assertThat(service("analytics-service").hits(KPIS)).hasSize(1);
	}

	@Test
	void doesNotRetryAGetThatTimedOut() {
		service("analytics-service").answer(KPIS, Answer.json(200, "{}").after(Duration.ofSeconds(4)));

		this.gateway.get().uri(KPIS).exchange().expectStatus().isEqualTo(504);

		assertThat(service("analytics-service").hits(KPIS)).hasSize(1);
	}

	@Test
	void opensTheCircuitAfterRepeatedFailuresAndStopsCallingTheService() {
		StubBackend analytics = service("analytics-service");
		analytics.stop();
		for (int call = 0; call < 4; call++) {
			this.gateway.get().uri(KPIS).exchange().expectStatus().isEqualTo(503);
		}
		analytics.reset();

		expectProblem(this.gateway.get().uri(KPIS).exchange(), 503, "service-unavailable", "analytics-service");
		assertThat(analytics.hits()).isEmpty();
		this.gateway.get().uri("/api/forecasting/v1/forecasts").exchange().expectStatus().isOk();
	}

	private static org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec expectProblem(
			ResponseSpec response, int status, String type, String serviceName) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://sentia.io/problems/" + type)
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.service")
			.isEqualTo(serviceName);
	}

}
