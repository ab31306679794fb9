package io.sentia.integrations.unleashed;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sentia.events.OrderUpserted;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.sync.RunKind;
import io.sentia.integrations.sync.ProviderSyncTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Unleashed connection synced through the running service: the real connector against
 * a WireMock Unleashed serving the reference pages, the real sync engine, every stream's
 * events in the outbox, a fractional stock row quarantined with its reason, cursors from
 * Unleashed's own times, and a second run that re-reads with overlap and publishes
 * nothing.
 */
@SpringBootTest(
		properties = { "sentia.integrations.sync.scheduled=false", "sentia.integrations.unleashed.min-interval=10ms" })
class UnleashedSyncEndToEndTests extends ProviderSyncTests {

	private static final String TENANT = "5a0f1f00-0000-4000-8000-0000000000a7";

	private static final WireMockServer unleashed = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1"));

	@DynamicPropertySource
	static void simulator(DynamicPropertyRegistry registry) {
		if (!unleashed.isRunning()) {
			unleashed.start();
			stubAccount();
		}
		registry.add("sentia.integrations.unleashed.api-base-url", () -> URI.create(unleashed.baseUrl()));
	}

	@AfterAll
	static void stop() {
		unleashed.stop();
	}

	@Test
	void syncsEveryStreamToTheOutboxOnceWithCursorsFromUnleashedTimes() throws Exception {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name, settings)"
				+ " VALUES (?, ?, 'unleashed', 'highland-harbour', 'UK', 'Unleashed', '{\"syncStart\":\"2015-01-01\"}'::jsonb)")
			.params(id, TENANT)
			.update();
		this.vault.store(id,
				new Secrets(Map.of("apiId", UnleashedSimulator.API_ID, "apiKey", UnleashedSimulator.API_KEY)));
		ConnectionSpec connection = this.connections.find(id).orElseThrow();

		List<UUID> first = this.engine.request(connection, null, RunKind.INCREMENTAL, null);

		assertThat(first).hasSize(4);
		awaitFinished(first);
		assertThat(statuses(first)).containsOnly(Map.entry("products", "succeeded"), Map.entry("orders", "succeeded"),
				Map.entry("purchase-orders", "succeeded"), Map.entry("inventory", "partial"));
		assertThat(this.jdbc.sql(
				"SELECT reason FROM quarantined_record WHERE tenant_id = ? AND stream = 'inventory' AND status = 'open'")
			.param(TENANT)
			.query(String.class)
			.single()).contains("QtyOnHand is 2.5000");
		assertThat(payloads(TENANT, "commerce.orders.v1")).hasSize(3);
		assertThat(payloads(TENANT, "inventory.levels.v1")).hasSize(2)
			.allSatisfy((payload) -> assertThat(payload).contains("\"locationId\":\"unleashed:WH-LEITH\""));
		assertThat(payloads(TENANT, "purchasing.orders.v1")).singleElement()
			.asString()
			.contains("\"name\":\"Bottle Co Ltd\"");
		assertThat(payloads(TENANT, "catalog.products.v1")).hasSize(2);
		OrderUpserted deleted = this.json.readValue(
				this.jdbc.sql("SELECT payload FROM outbox_event WHERE event_key = ? AND topic = 'commerce.orders.v1'")
					.param(TENANT + ":unleashed:highland-harbour:SO-DELETED")
					.query(String.class)
					.single(),
				OrderUpserted.class);
		assertThat(deleted.status()).isEqualTo("cancelled");
		assertThat(deleted.total().amount()).isEqualByComparingTo("0");
		assertThat(deleted.channel()).isEqualTo("wholesale");
		assertThat(highWater(id, "orders")).isEqualTo(Instant.ofEpochMilli(1473300000000L));
		assertThat(highWater(id, "inventory")).isEqualTo(Instant.ofEpochMilli(1_793_000_100_000L));

		List<UUID> second = this.engine.request(connection, "orders", RunKind.INCREMENTAL, null);
		awaitFinished(second);

		assertThat(this.jdbc.sql("SELECT records_read, records_changed FROM sync_run WHERE id = ?")
			.param(second.getFirst())
			.query()
			.singleRow()).containsEntry("records_read", 3L).containsEntry("records_changed", 0L);
		assertThat(payloads(TENANT, "commerce.orders.v1")).hasSize(3);
		unleashed.verify(getRequestedFor(urlPathEqualTo("/SalesOrders/1")).withQueryParam("modifiedSince",
				equalTo("2016-09-08T01:55:00")));
		for (LoggedRequest request : unleashed.findAll(anyRequestedFor(anyUrl()))) {
			String url = request.getUrl();
			String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
			assertThat(request.getHeader("api-auth-signature")).as(url).isEqualTo(UnleashedSimulator.signature(query));
			assertThat(request.getHeader("api-auth-id")).isEqualTo(UnleashedSimulator.API_ID);
		}
		assertMetricsNameConnectionByIdOnly(id, "highland-harbour", UnleashedSimulator.API_ID);
	}

	private List<Map.Entry<String, String>> statuses(List<UUID> runs) {
		return runs.stream()
			.map((run) -> this.jdbc
				.sql("SELECT stream, status || ' ' || coalesce(error_message, '') AS status FROM sync_run WHERE id = ?")
				.param(run)
				.query((rs, row) -> Map.entry(rs.getString("stream"), rs.getString("status").strip()))
				.single())
			.toList();
	}

	private static void stubAccount() {
		ObjectNode warehouse = UnleashedSimulator.JSON.createObjectNode()
			.put("WarehouseCode", "WH-LEITH")
			.put("WarehouseName", "Leith bonded warehouse")
			.put("Obsolete", false);
		unleashed.stubFor(get(urlPathEqualTo("/Warehouses")).willReturn(
				aResponse().withStatus(200).withBody(UnleashedSimulator.page(1, 1, 1, List.of(warehouse)).toString())));
		unleashed.stubFor(get(urlPathEqualTo("/StockOnHand/1")).willReturn(aResponse().withStatus(200)
			.withBody(UnleashedSimulator
				.page(1, 1, 3,
						List.of(UnleashedStockOnHandTests.row("P-1", "HH-GIN-LD-70", "120", 1_793_000_000_000L),
								UnleashedStockOnHandTests.row("P-2", "HH-RUM-SP-70", "4", 1_793_000_100_000L),
								UnleashedStockOnHandTests.row("P-3", "HH-GIN-LD-20", "2.5000", 1_793_000_050_000L)))
				.toString())));
		ObjectNode orders = UnleashedSimulator.fixturePage("SalesOrders.page.thirdparty-fixture.json");
		((ObjectNode) orders.get("Pagination")).put("NumberOfPages", 2).put("NumberOfItems", 3);
		ObjectNode deleted = ((ObjectNode) orders.get("Items").get(0).deepCopy()).put("Guid", "SO-DELETED")
			.put("OrderNumber", "SO-DEL")
			.put("OrderStatus", "Deleted")
			.put("LastModifiedOn", "/Date(1473300000000)/");
		unleashed.stubFor(get(urlPathEqualTo("/SalesOrders/1"))
			.willReturn(aResponse().withStatus(200).withBody(orders.toString())));
		unleashed.stubFor(get(urlPathEqualTo("/SalesOrders/2")).willReturn(
				aResponse().withStatus(200).withBody(UnleashedSimulator.page(2, 2, 3, List.of(deleted)).toString())));
		unleashed.stubFor(
				get(urlPathEqualTo("/PurchaseOrders/1")).willReturn(aResponse().withStatus(200)
					.withBody(
							UnleashedSimulator
								.page(1, 1, 1,
										List.of(UnleashedPurchaseOrdersTests.order("PO-G1", "Placed",
												1_792_000_000_000L)))
								.toString())));
		unleashed.stubFor(get(urlPathEqualTo("/Products/1")).willReturn(aResponse().withStatus(200)
			.withBody(UnleashedSimulator.fixturePage("Products.page.thirdparty-fixture.json").toString())));
	}

}
