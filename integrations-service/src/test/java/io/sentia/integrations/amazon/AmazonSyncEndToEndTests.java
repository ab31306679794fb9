package io.sentia.integrations.amazon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.sync.RunKind;
import io.sentia.integrations.sync.ProviderSyncTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Amazon US connection synced through the running service: the real connector against
 * a WireMock SP-API serving the official examples (and second pages made from them), one
 * LWA exchange for both streams, orders and FBA levels in the outbox, cursors from
 * Amazon's own times.
 */
@SpringBootTest(properties = { "sentia.integrations.sync.scheduled=false" })
class AmazonSyncEndToEndTests extends ProviderSyncTests {

	private static final String TENANT = "5a0f1f00-0000-4000-8000-0000000000a8";

	private static final String SUMMARIES = "/fba/inventory/v1/summaries";

	private static final String ORDERS = "/orders/2026-01-01/orders";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final WireMockServer amazon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	@DynamicPropertySource
	static void simulator(DynamicPropertyRegistry registry) {
		if (!amazon.isRunning()) {
			amazon.start();
			stubSellingPartnerApi();
		}
		registry.add("sentia.integrations.amazon.eu-endpoint", amazon::baseUrl);
		registry.add("sentia.integrations.amazon.na-endpoint", amazon::baseUrl);
		registry.add("sentia.integrations.amazon.token-url", () -> amazon.baseUrl() + "/auth/o2/token");
	}

	@AfterAll
	static void stop() {
		amazon.stop();
	}

	@Test
	void syncsOrdersAndFbaLevelsToTheOutboxWithCursorsFromAmazonTimes() throws Exception {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name, settings)"
				+ " VALUES (?, ?, 'amazon', 'amazon-us', 'US', 'Amazon US', '{\"syncStart\":\"2024-12-01\"}'::jsonb)")
			.params(id, TENANT)
			.update();
		this.vault.store(id,
				new Secrets(Map.of("refreshToken", "Atzr|e2e", "clientId", "amzn1.app.e2e", "clientSecret", "shh")));
		ConnectionSpec connection = this.connections.find(id).orElseThrow();

		List<UUID> runs = this.engine.request(connection, null, RunKind.INCREMENTAL, null);

		assertThat(runs).hasSize(2);
		awaitFinished(runs);
		for (UUID run : runs) {
			assertThat(this.jdbc.sql("SELECT status || ' ' || coalesce(error_message, '') FROM sync_run WHERE id = ?")
				.param(run)
				.query(String.class)
				.single()
				.strip()).isEqualTo("succeeded");
		}
		assertThat(payloads(TENANT, "commerce.orders.v1")).hasSize(2)
			.allSatisfy(
					(payload) -> assertThat(payload).contains("\"channel\":\"amazon\"").contains("\"region\":\"US\""));
		List<InventoryLevelChanged> levels = payloads(TENANT, "inventory.levels.v1").stream()
			.map((payload) -> this.json.readValue(payload, InventoryLevelChanged.class))
			.toList();
		assertThat(levels).hasSize(6).allSatisfy((level) -> {
			assertThat(level.location().locationId()).isEqualTo("amazon-fba:US");
			assertThat(level.location().type()).isEqualTo(InventoryLevelChanged.LocationType.AMAZON_FBA);
		});
		assertThat(levels).filteredOn((level) -> level.sku().equals("Silicon Power 32GB"))
			.singleElement()
			.satisfies((level) -> {
				assertThat(level.onHand()).isEqualTo(66);
				assertThat(level.inbound()).isEqualTo(21);
			});
		assertThat(highWater(id, "orders")).isEqualTo(Instant.parse("2024-12-25T14:45:00Z"));
		assertThat(highWater(id, "inventory")).isEqualTo(Instant.parse("2018-03-31T23:40:39Z"));
		amazon.verify(1, postRequestedFor(urlPathEqualTo("/auth/o2/token")));
		amazon.verify(2,
				getRequestedFor(urlPathEqualTo(SUMMARIES)).withHeader("x-amz-access-token", equalTo("Atza|e2e")));
		amazon.verify(1, getRequestedFor(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo("seed")));
		amazon.verify(2, getRequestedFor(urlPathEqualTo(ORDERS)).withHeader("x-amz-access-token", equalTo("Atza|e2e")));

		List<UUID> again = this.engine.request(connection, "inventory", RunKind.INCREMENTAL, null);
		awaitFinished(again);

		assertThat(this.jdbc.sql("SELECT records_read, records_changed FROM sync_run WHERE id = ?")
			.param(again.getFirst())
			.query()
			.singleRow()).containsEntry("records_read", 6L).containsEntry("records_changed", 0L);
		assertThat(payloads(TENANT, "inventory.levels.v1")).hasSize(6);
		assertMetricsNameConnectionByIdOnly(id, "amazon-us");
	}

	private static void stubSellingPartnerApi() {
		amazon.stubFor(post(urlPathEqualTo("/auth/o2/token")).willReturn(aResponse().withStatus(200)
			.withBody("{\"access_token\":\"Atza|e2e\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
		ObjectNode orders = fixture("searchOrders_2026-01-01.response.json");
		ObjectNode secondOrders = fixture("searchOrders_2026-01-01.response.json");
		((ObjectNode) secondOrders.get("orders").get(0)).put("orderId", "123-4567890-9999999");
		secondOrders.remove("pagination");
		amazon.stubFor(get(urlPathEqualTo(ORDERS)).withQueryParam("paginationToken", absent())
			.willReturn(aResponse().withStatus(200).withBody(orders.toString())));
		amazon.stubFor(get(urlPathEqualTo(ORDERS))
			.withQueryParam("paginationToken", equalTo(orders.path("pagination").path("nextToken").asString()))
			.willReturn(aResponse().withStatus(200).withBody(secondOrders.toString())));
		ObjectNode summaries = fixture("getInventorySummaries.sandbox-static.response.json");
		ObjectNode secondSummaries = fixture("getInventorySummaries.sandbox-static.response.json");
		secondSummaries.remove("pagination");
		for (var summary : secondSummaries.get("payload").get("inventorySummaries")) {
			((ObjectNode) summary).put("sellerSku", "P2-" + summary.get("sellerSku").asString());
		}
		amazon.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", absent())
			.willReturn(aResponse().withStatus(200)
				.withHeader("x-amzn-RateLimit-Limit", "2.0")
				.withHeader("Date", "Sun, 22 Nov 2026 09:15:00 GMT")
				.withBody(summaries.toString())));
		amazon.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo("seed"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Date", "Sun, 22 Nov 2026 09:15:01 GMT")
				.withBody(secondSummaries.toString())));
	}

	private static ObjectNode fixture(String name) {
		try (InputStream in = AmazonSyncEndToEndTests.class.getResourceAsStream("/amazon/" + name)) {
			return (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
