package io.sentia.gateway.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.sentia.gateway.StubBackend.Answer;
import io.sentia.gateway.StubBackend.Hit;
import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceRoutesTests extends StubbedPlatform {

	@ParameterizedTest
	@CsvSource({ "/api/auth/v1/me, auth-service", "/api/integrations/v1/connections, integrations-service",
			"/webhooks/shopify/orders-create, integrations-service",
			"/api/forecasting/v1/forecasts, forecasting-service", "/api/analytics/v1/kpis, analytics-service",
			"/api/notifications/v1/alerts, notifications-service" })
	void routesEachPathToItsServiceWithPathAndQueryUnchanged(String path, String serviceName) {
		this.gateway.get()
			.uri(path + "?page=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo(serviceName);

		assertThat(service(serviceName).hits()).extracting(Hit::method, Hit::uri)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("GET", path + "?page=2"));
	}

	@Test
	void streamsServerSentEventsThroughAsTheyComeAndBeyondTheRouteTimeout() {
		Duration gap = Duration.ofMillis(1200);
		service("notifications-service").stream("/api/notifications/v1/feed/stream",
				List.of("event:count\ndata:{\"unread\":0}\n\n", "event:item\ndata:{\"n\":1}\n\n",
						"event:item\ndata:{\"n\":2}\n\n"),
				gap);
		long started = System.nanoTime();

		List<Long> arrivals = new ArrayList<>();
		List<String> events = this.gateway.mutate()
			.responseTimeout(Duration.ofSeconds(20))
			.build()
			.get()
			.uri("/api/notifications/v1/feed/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.returnResult(String.class)
			.getResponseBody()
			.doOnNext((event) -> arrivals.add(Duration.ofNanos(System.nanoTime() - started).toMillis()))
			.collectList()
			.block(Duration.ofSeconds(20));

		// Three gaps (3.6 s) outlast the notifications route's timeout (1 s here), and
		// each
		// event arrives when it is sent, not when the stream ends.
		assertThat(events).containsExactly("{\"unread\":0}", "{\"n\":1}", "{\"n\":2}");
		assertThat(arrivals.getLast() - arrivals.getFirst()).isGreaterThanOrEqualTo(gap.toMillis());
	}

	@ParameterizedTest
	@CsvSource({ "forecasting-service, /api/forecasting/v1/runs/7d1c/events",
			"integrations-service, /api/integrations/v1/connections/c-1/runs/r-9/events" })
	void runProgressStreamsOutlastTheirServicesRouteTimeout(String serviceName, String path) {
		service(serviceName).stream(path, List.of("event:progress\ndata:{\"done\":1}\n\n",
				"event:progress\ndata:{\"done\":2}\n\n", "event:finished\ndata:{\"done\":3}\n\n"),
				Duration.ofMillis(700));

		List<String> events = this.gateway.mutate()
			.responseTimeout(Duration.ofSeconds(20))
			.build()
			.get()
			.uri(path)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody()
			.collectList()
			.block(Duration.ofSeconds(20));

		// 2.1 s of gaps against the route's 1 s timeout here.
		assertThat(events).containsExactly("{\"done\":1}", "{\"done\":2}", "{\"done\":3}");
	}

	@Test
	void aWebhookTestSendMayWaitForTheReceiverLongerThanTheNotificationsRouteAllows() {
		String path = "/api/notifications/v1/webhooks/8e1f0c9a-2b3d-4e5f-8a7b-6c5d4e3f2a1b/test";
		service("notifications-service").answer(path,
				Answer.json(200, "{\"outcome\":\"delivered\",\"status\":204}").after(Duration.ofMillis(2500)));

		this.gateway.mutate()
			.responseTimeout(Duration.ofSeconds(20))
			.build()
			.post()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("delivered");
		// Everything else under /api/notifications keeps the route's 1 s here.
		service("notifications-service").answer("/api/notifications/v1/rules",
				Answer.json(200, "[]").after(Duration.ofMillis(2500)));
		this.gateway.mutate()
			.responseTimeout(Duration.ofSeconds(20))
			.build()
			.get()
			.uri("/api/notifications/v1/rules")
			.exchange()
			.expectStatus()
			.isEqualTo(504);
	}

	@Test
	void forwardsTheRequestBodyAndPassesTheServiceAnswerThroughUntouched() {
		String problem = "{\"type\":\"https://sentia.io/problems/validation\",\"title\":\"Invalid\",\"status\":422}";
		service("analytics-service").answer("/api/analytics/v1/exports", Answer.problem(422, problem));

		this.gateway.post()
			.uri("/api/analytics/v1/exports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"format\":\"csv\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.json(problem);

		assertThat(service("analytics-service").hits()).extracting(Hit::body).containsExactly("{\"format\":\"csv\"}");
	}

}
