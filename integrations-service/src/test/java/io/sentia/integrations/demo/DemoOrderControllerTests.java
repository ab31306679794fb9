package io.sentia.integrations.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.sentia.events.OrderUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order recorded in a demo store goes into the outbox as a canonical order event; bad
 * input is a 400 problem that names what to fix and writes nothing.
 */
// A tenant of its own (the operator's token names it): the loading tests in this JVM read
// the demo tenant's events from the same broker.
@ActiveProfiles(DemoProfile.NAME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sentia.demo.enabled=false")
class DemoOrderControllerTests extends InfrastructureTests {

	static final String TENANT = "0a0a0a0a-0000-4000-8000-00000000beef";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	private long rowsBefore;

	@Test
	void recordsAnOrderAsACanonicalEventInTheOutbox() throws Exception {
		HttpResponse<String> response = post(
				"{\"store\":\"shopify-uk\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":2,\"unitPrice\":\"21.50\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		JsonNode body = this.json.readTree(response.body());
		String entityId = body.get("entityId").asString();
		List<String> payloads = this.jdbc.sql("SELECT payload FROM outbox_event WHERE topic = ? AND event_key LIKE ?")
			.params(Topics.COMMERCE_ORDERS, "%:" + entityId)
			.query(String.class)
			.list();
		assertThat(payloads).hasSize(1);
		OrderUpserted order = this.json.readValue(payloads.get(0), OrderUpserted.class);
		assertThat(order.tenantId()).isEqualTo(TENANT);
		assertThat(order.region()).isEqualTo("UK");
		assertThat(order.channel()).isEqualTo("shopify");
		assertThat(order.currency()).isEqualTo("GBP");
		assertThat(order.total().amount()).isEqualByComparingTo("43.00");
		assertThat(order.lines()).singleElement().satisfies((line) -> {
			assertThat(line.sku()).isEqualTo("HH-GIN-LD-70");
			assertThat(line.quantity()).isEqualTo(2);
		});
	}

	@Test
	void rejectsAnUnknownStoreNamingTheStoresThereAre() throws Exception {
		HttpResponse<String> response = post(
				"{\"store\":\"etsy\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":1,\"unitPrice\":\"30.00\"}");

		assertProblem(response, "shopify-uk");
	}

	@Test
	void rejectsAnUnknownSku() throws Exception {
		HttpResponse<String> response = post(
				"{\"store\":\"amazon-us\",\"sku\":\"NOPE-1\",\"quantity\":1,\"unitPrice\":\"30.00\"}");

		assertProblem(response, "NOPE-1");
	}

	@Test
	void rejectsAZeroQuantityAndAPriceWithThreeDecimalsAsFieldErrors() throws Exception {
		HttpResponse<String> response = post(
				"{\"store\":\"amazon-us\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":0,\"unitPrice\":\"30.001\"}");

		assertProblem(response, "quantity");
		assertThat(response.body()).contains("unitPrice");
	}

	@Test
	void refusesAViewerAndWritesNothing() throws Exception {
		HttpResponse<String> response = post(
				"{\"store\":\"shopify-uk\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":2,\"unitPrice\":\"21.50\"}",
				TestTokens.user(TENANT, Role.VIEWER));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(outboxRows()).as("nothing written").isEqualTo(this.rowsBefore);
	}

	private void assertProblem(HttpResponse<String> response, String mentioned) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(outboxRows()).as("nothing written").isEqualTo(this.rowsBefore);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains(mentioned);
	}

	private long outboxRows() {
		return this.jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single();
	}

	private HttpResponse<String> post(String json) throws Exception {
		return post(json, TestTokens.user(TENANT, Role.OPERATOR));
	}

	private HttpResponse<String> post(String json, String token) throws Exception {
		this.rowsBefore = outboxRows();
		return HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/integrations/v1/demo/orders"))
					.header("Content-Type", "application/json")
					.header("Authorization", TestTokens.bearer(token))
					.POST(HttpRequest.BodyPublishers.ofString(json))
					.build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
