package io.sentia.integrations.unleashed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.Location;
import io.sentia.events.InventoryLevelChanged.LocationType;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordRejectedException;
import io.sentia.integrations.connector.RecordingPageSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Stock on hand per warehouse: one signed, paged read per active warehouse, each row an
 * inventory level at that warehouse. Unleashed publishes no StockOnHand sample, so rows
 * are built from its documented field table.
 */
class UnleashedStockOnHandTests {

	private static final String SINCE = "pageSize=200&modifiedSince=2026-11-01T09%3A55%3A00";

	private final UnleashedSimulator unleashed = new UnleashedSimulator();

	@AfterEach
	void stop() {
		this.unleashed.close();
	}

	@Test
	void readsEveryPageOfEachActiveWarehouseSignedOverTheExactQuery() {
		stubWarehouses();
		stubStock("WH-LEITH", 1, 2, row("P-1", "HH-GIN-LD-70", "120.0000", 1_793_000_000_000L),
				row("P-2", "HH-RUM-SP-70", "4", 1_793_000_100_000L));
		stubStock("WH-LEITH", 2, 2, row("P-3", "HH-WHI-12-70", "0", 1_793_000_200_000L));
		stubStock("WH-NEWARK", 1, 1, row("P-1", "HH-GIN-LD-70", "36", 1_793_000_300_000L));
		RecordingPageSink sink = new RecordingPageSink();

		this.unleashed.connector.reader("inventory").read(request(), sink);

		assertThat(sink.records()).extracting(RawRecord::externalId)
			.containsExactly("WH-LEITH:P-1", "WH-LEITH:P-2", "WH-LEITH:P-3", "WH-NEWARK:P-1");
		assertThat(sink.records()).extracting(RawRecord::updatedAt)
			.containsExactly(Instant.ofEpochMilli(1_793_000_000_000L), Instant.ofEpochMilli(1_793_000_100_000L),
					Instant.ofEpochMilli(1_793_000_200_000L), Instant.ofEpochMilli(1_793_000_300_000L));
		for (String query : List.of(SINCE + "&warehouseCode=WH-LEITH", SINCE + "&warehouseCode=WH-NEWARK")) {
			this.unleashed.server.verify(getRequestedFor(urlEqualTo("/StockOnHand/1?" + query))
				.withHeader("api-auth-id", equalTo(UnleashedSimulator.API_ID))
				.withHeader("api-auth-signature", equalTo(UnleashedSimulator.signature(query)))
				.withHeader("client-type", equalTo("sentia/integrations")));
		}
		this.unleashed.server.verify(1,
				getRequestedFor(urlEqualTo("/StockOnHand/2?" + SINCE + "&warehouseCode=WH-LEITH")));
		this.unleashed.server.verify(getRequestedFor(urlEqualTo("/Warehouses")).withHeader("api-auth-signature",
				equalTo(UnleashedSimulator.signature(""))));
		this.unleashed.server.verify(0,
				getRequestedFor(urlPathMatching("/StockOnHand/.*")).withQueryParam("warehouseCode", equalTo("WH-OLD")));
	}

	@Test
	void mapsAStockRowToTheLevelAtItsWarehouseFieldByField() {
		stubWarehouses();
		stubStock("WH-LEITH", 1, 1, row("P-1", "HH-GIN-LD-70", "120.0000", 1_793_000_000_000L));
		stubStock("WH-NEWARK", 1, 1);
		RecordingPageSink sink = new RecordingPageSink();
		this.unleashed.connector.reader("inventory").read(request(), sink);

		List<SentiaEvent> events = this.unleashed.connector.mapper("inventory")
			.map(sink.records().getFirst(), FixedMappingContext.of(this.unleashed.connection.source()));

		assertThat(events).containsExactly(new InventoryLevelChanged("tenant-1", "HH-GIN-LD-70",
				new Location("unleashed:WH-LEITH", "Leith bonded warehouse", LocationType.WAREHOUSE), "unleashed", 120,
				100, 48, 20, Instant.ofEpochMilli(1_793_000_000_000L)));
	}

	@Test
	void refusesAFractionalQuantityInsteadOfRoundingIt() {
		ObjectNode row = row("P-1", "HH-GIN-LD-70", "2.5000", 1_793_000_000_000L);
		row.put("WarehouseCode", "WH-LEITH");

		assertThatExceptionOfType(RecordRejectedException.class)
			.isThrownBy(() -> this.unleashed.connector.mapper("inventory")
				.map(new RawRecord("WH-LEITH:P-1", null, row.toString()),
						FixedMappingContext.of(this.unleashed.connection.source())))
			.withMessageContaining("QtyOnHand is 2.5000");
	}

	@Test
	void backsOffFromTheMinimumIntervalWhenThrottledWithoutRetryAfter() {
		stubWarehouses();
		this.unleashed.server.stubFor(get(urlPathEqualTo("/StockOnHand/1")).inScenario("throttle")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(aResponse().withStatus(429))
			.willSetStateTo("ok"));
		this.unleashed.server.stubFor(get(urlPathEqualTo("/StockOnHand/1")).inScenario("throttle")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(200)
				.withBody(UnleashedSimulator.page(1, 1, 1, List.of(row("P-1", "SKU", "1", 1_793_000_000_000L)))
					.toString())));
		RecordingPageSink sink = new RecordingPageSink();

		this.unleashed.connector.reader("inventory").read(request(), sink);

		assertThat(this.unleashed.waits).contains(Duration.ofSeconds(2));
		assertThat(sink.records()).hasSize(2);
	}

	@Test
	void aRefusedSignatureFailsTheReadAsAnAuthenticationFailure() {
		this.unleashed.server.stubFor(get("/Warehouses").willReturn(aResponse().withStatus(403)));

		assertThatExceptionOfType(ProviderCallException.class)
			.isThrownBy(() -> this.unleashed.connector.reader("inventory").read(request(), new RecordingPageSink()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("auth_failed"));
	}

	private ReadRequest request() {
		return new ReadRequest(this.unleashed.connection, "inventory", Instant.parse("2026-11-01T09:55:00Z"), null,
				null);
	}

	private void stubWarehouses() {
		ObjectNode leith = UnleashedSimulator.JSON.createObjectNode()
			.put("WarehouseCode", "WH-LEITH")
			.put("WarehouseName", "Leith bonded warehouse")
			.put("Obsolete", false)
			.put("Guid", "0f6a1c2e-0000-4000-8000-000000000001");
		ObjectNode newark = UnleashedSimulator.JSON.createObjectNode()
			.put("WarehouseCode", "WH-NEWARK")
			.put("WarehouseName", "Newark 3PL")
			.put("Obsolete", false)
			.put("Guid", "0f6a1c2e-0000-4000-8000-000000000002");
		ObjectNode old = UnleashedSimulator.JSON.createObjectNode()
			.put("WarehouseCode", "WH-OLD")
			.put("WarehouseName", "Closed store")
			.put("Obsolete", true)
			.put("Guid", "0f6a1c2e-0000-4000-8000-000000000003");
		this.unleashed.server.stubFor(get("/Warehouses").willReturn(aResponse().withStatus(200)
			.withBody(UnleashedSimulator.page(1, 1, 3, List.of(leith, newark, old)).toString())));
	}

	private void stubStock(String warehouse, int page, int pages, ObjectNode... rows) {
		this.unleashed.server
			.stubFor(get(urlEqualTo("/StockOnHand/" + page + "?" + SINCE + "&warehouseCode=" + warehouse))
				.willReturn(aResponse().withStatus(200)
					.withBody(UnleashedSimulator.page(page, pages, 3, List.of(rows)).toString())));
	}

	/**
	 * A row shaped like Unleashed's StockOnHand field table, warehouse left to the
	 * reader.
	 */
	static ObjectNode row(String productGuid, String code, String onHand, long modifiedMillis) {
		ObjectNode row = UnleashedSimulator.JSON.createObjectNode();
		row.put("Guid", "soh-" + productGuid);
		row.put("ProductGuid", productGuid);
		row.put("ProductCode", code);
		row.put("ProductDescription", code + " bottle");
		row.put("ProductGroupName", "Spirits");
		row.put("QtyOnHand", new java.math.BigDecimal(onHand));
		row.put("AllocatedQty", new java.math.BigDecimal("20.0000"));
		row.put("AvailableQty", new java.math.BigDecimal("100.0000"));
		row.put("OnPurchase", new java.math.BigDecimal("48"));
		row.put("AvgCost", new java.math.BigDecimal("11.73449333333333"));
		row.put("TotalCost", new java.math.BigDecimal("1408.1392"));
		row.put("DaysSinceLastSale", 3);
		row.put("LastModifiedOn", "/Date(" + modifiedMillis + ")/");
		return row;
	}

}
