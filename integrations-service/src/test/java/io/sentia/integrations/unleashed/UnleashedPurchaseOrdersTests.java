package io.sentia.integrations.unleashed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.events.Money;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.Supplier;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordRejectedException;
import io.sentia.integrations.connector.RecordingPageSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Purchase orders: deleted ones asked for, every page read, each order mapped with its
 * supplier, lines, expected dates and status. Unleashed publishes no PurchaseOrders
 * sample, so orders are built from its documented shape.
 */
class UnleashedPurchaseOrdersTests {

	private static final String QUERY = "pageSize=200&modifiedSince=2026-10-01T00%3A00%3A00"
			+ "&orderStatus=Parked,Placed,Costed,Receipted,Complete,Deleted";

	private final UnleashedSimulator unleashed = new UnleashedSimulator();

	@AfterEach
	void stop() {
		this.unleashed.close();
	}

	@Test
	void asksForDeletedOrdersAndReadsEveryPageSigned() {
		for (int page = 1; page <= 2; page++) {
			this.unleashed.server
				.stubFor(
						get(urlEqualTo("/PurchaseOrders/" + page + "?" + QUERY)).willReturn(
								aResponse().withStatus(200)
									.withBody(
											UnleashedSimulator
												.page(page, 2, 2,
														List.of(order("PO-G" + page, "Placed",
																1_792_000_000_000L + page)))
												.toString())));
		}
		RecordingPageSink sink = new RecordingPageSink();

		this.unleashed.connector.reader("purchase-orders")
			.read(new ReadRequest(this.unleashed.connection, "purchase-orders", Instant.parse("2026-10-01T00:00:00Z"),
					null, null), sink);

		assertThat(sink.records()).extracting(RawRecord::externalId).containsExactly("PO-G1", "PO-G2");
		assertThat(sink.records()).extracting(RawRecord::updatedAt)
			.containsExactly(Instant.ofEpochMilli(1_792_000_000_001L), Instant.ofEpochMilli(1_792_000_000_002L));
		this.unleashed.server.verify(getRequestedFor(urlEqualTo("/PurchaseOrders/2?" + QUERY))
			.withHeader("api-auth-signature", equalTo(UnleashedSimulator.signature(QUERY))));
	}

	@Test
	void mapsAPurchaseOrderFieldByField() {
		PurchaseOrderUpserted event = map(order("PO-G1", "Placed", 1_792_000_000_000L));

		assertThat(event).isEqualTo(new PurchaseOrderUpserted("tenant-1", "PO-G1", "unleashed", "PO-00000042",
				new Supplier("sup-guid-1", "BOTTLECO", "Bottle Co Ltd"), "partially_received",
				LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 1), "unleashed:WH-LEITH", "GBP",
				List.of(new PurchaseOrderUpserted.Line("line-1", "HH-GIN-LD-70", 600, 0, gbp("4.1275"), gbp("2476.50"),
						LocalDate.of(2026, 12, 1)),
						new PurchaseOrderUpserted.Line("line-2", "HH-RUM-SP-70", 120, 60, gbp("5.10"), gbp("612.00"),
								LocalDate.of(2026, 12, 8))),
				gbp("3088.50"), Instant.ofEpochMilli(1_792_000_000_000L)));
	}

	@Test
	void mapsEachUnleashedStatus() {
		assertThat(map(order("a", "Parked", 1L)).status()).isEqualTo("draft");
		assertThat(map(order("b", "Deleted", 1L)).status()).isEqualTo("cancelled");
		assertThat(map(order("c", "Receipted", 1L)).status()).isEqualTo("received");
		assertThat(map(order("d", "Costed", 1L)).status()).isEqualTo("received");
		assertThat(map(order("e", "Complete", 1L)).status()).isEqualTo("received");
		ObjectNode nothingReceived = order("f", "Placed", 1L);
		((ObjectNode) nothingReceived.get("PurchaseOrderLines").get(1)).put("ReceiptQuantity", 0);
		assertThat(map(nothingReceived).status()).isEqualTo("placed");
	}

	@Test
	void rejectsAnOrderWithoutSupplier() {
		ObjectNode order = order("PO-G1", "Placed", 1_792_000_000_000L);
		order.putNull("Supplier");

		assertThatExceptionOfType(RecordRejectedException.class).isThrownBy(() -> map(order))
			.withMessageContaining("PO-00000042 has no Supplier");
	}

	private PurchaseOrderUpserted map(ObjectNode order) {
		return (PurchaseOrderUpserted) this.unleashed.connector.mapper("purchase-orders")
			.map(new RawRecord(order.path("Guid").asString(), UnleashedValues.instant(order.path("LastModifiedOn")),
					order.toString()), FixedMappingContext.of(this.unleashed.connection.source()))
			.getFirst();
	}

	/** A purchase order in Unleashed's documented shape. */
	static ObjectNode order(String guid, String status, long modifiedMillis) {
		ObjectNode order = UnleashedSimulator.JSON.createObjectNode();
		order.put("Guid", guid);
		order.put("OrderNumber", "PO-00000042");
		order.put("OrderDate", "/Date(1792022400000)/");
		order.put("RequiredDate", "/Date(1796083200000)/");
		order.putNull("CompletedDate");
		order.putObject("Supplier")
			.put("Guid", "sup-guid-1")
			.put("SupplierCode", "BOTTLECO")
			.put("SupplierName", "Bottle Co Ltd");
		order.put("SupplierRef", "BC-7781");
		order.put("OrderStatus", status);
		order.putObject("Currency").put("CurrencyCode", "GBP").put("Description", "United Kingdom, Pounds");
		order.put("ExchangeRate", 1);
		order.putObject("Warehouse").put("WarehouseCode", "WH-LEITH").put("WarehouseName", "Leith bonded warehouse");
		order.put("SubTotal", new BigDecimal("3088.50"));
		order.put("TaxTotal", new BigDecimal("617.70"));
		order.put("Total", new BigDecimal("3706.20"));
		ArrayNode lines = order.putArray("PurchaseOrderLines");
		lines.add(line("line-1", 1, "HH-GIN-LD-70", "600.0000", "0.0000", "4.1275", "2476.50", 1796083200000L));
		lines.add(line("line-2", 2, "HH-RUM-SP-70", "120", "60", "5.10", "612.00", 1796688000000L));
		order.put("LastModifiedOn", "/Date(" + modifiedMillis + ")/");
		return order;
	}

	private static ObjectNode line(String guid, int number, String code, String quantity, String received,
			String unitPrice, String total, long dueMillis) {
		ObjectNode line = UnleashedSimulator.JSON.createObjectNode();
		line.put("Guid", guid);
		line.put("LineNumber", number);
		line.putObject("Product").put("Guid", "prod-" + code).put("ProductCode", code);
		line.put("DueDate", "/Date(" + dueMillis + ")/");
		line.put("OrderQuantity", new BigDecimal(quantity));
		line.put("ReceiptQuantity", new BigDecimal(received));
		line.put("UnitPrice", new BigDecimal(unitPrice));
		line.put("LineTotal", new BigDecimal(total));
		line.put("BCUnitPrice", new BigDecimal(unitPrice));
		return line;
	}

	private static Money gbp(String amount) {
		return new Money(new BigDecimal(amount), "GBP");
	}

}
