package io.sentia.gateway.apidocs;

import java.util.Map;

import io.sentia.gateway.StubBackend.Answer;
import io.sentia.gateway.StubbedPlatform;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class ApiReferenceTests extends StubbedPlatform {

	private static final Map<String, String> DOCUMENTS = Map.of("auth", "auth-service", "integrations",
			"integrations-service", "forecasting", "forecasting-service", "analytics", "analytics-service",
			"notifications", "notifications-service");

	@Test
	void publishesEachServicesDocumentWithTheGatewayAsItsServer() {
		DOCUMENTS.forEach((name, service) -> service(service).answer("/v3/api-docs", Answer.json(200, """
				{"openapi":"3.1.0","info":{"title":"%s API","version":"v1"},
				 "servers":[{"url":"http://10.1.2.3:8083","description":"Generated server url"}],"paths":{}}"""
			.formatted(service))));

		DOCUMENTS.forEach((name, service) -> {
			this.anonymous.get()
				.uri("/v3/api-docs/" + name)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.info.title")
				.isEqualTo(service + " API")
				.jsonPath("$.servers.length()")
				.isEqualTo(1)
				.jsonPath("$.servers[0].url")
				.isEqualTo("/");
			assertThat(service(service).hits("/v3/api-docs")).singleElement()
				.satisfies((hit) -> assertThat(hit.cookie()).isNull());
		});
	}

	@Test
	void listsEveryDocumentInSwaggerUi() {
		this.anonymous.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls.length()")
			.isEqualTo(DOCUMENTS.size())
			.jsonPath("$.urls[*].url")
			.value((urls) -> assertThat(urls).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.containsExactlyInAnyOrderElementsOf(
						DOCUMENTS.keySet().stream().map((name) -> "/v3/api-docs/" + name).toList()));

		this.anonymous.get()
			.uri("/swagger-ui/index.html")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueEquals("Content-Security-Policy",
					"default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
							+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:");
	}

	@Test
	void passesAServicesErrorThrough() {
		service("analytics-service").answer("/v3/api-docs", Answer.problem(503, "{\"status\":503}"));

		this.anonymous.get().uri("/v3/api-docs/analytics").exchange().expectStatus().isEqualTo(503);
	}

}
