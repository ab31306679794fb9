package io.sentia.integrations.unleashed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordRejectedException;
import io.sentia.integrations.connector.RecordingPageSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sales orders from the reference SalesOrders page (unchanged) and multi-page variants of
 * it: deleted orders asked for, every page read, orders mapped to wholesale order events.
 */
class UnleashedSalesOrdersTests {

	private static final String QUERY = "pageSize=200&modifiedSince=2016-09-01T00%3A00%3A00"
			+ "&orderStatus=Parked,Placed,Backordered,Completed,Deleted";

	private static final Instant FIXTURE_MODIFIED = Instant.ofEpochMilli(1473149768310L);

	private final UnleashedSimulator unleashed = new UnleashedSimulator();

	@AfterEach
	void stop() {
		this.unleashed.close();
	}

	@Test
	void asksForDeletedOrdersAndReadsEveryPageSignedOverTheExactQuery() {
		stubThreePages();
		RecordingPageSink sink = new RecordingPageSink();

		this.unleashed.connector.reader("orders").read(request(), sink);

		assertThat(sink.pages()).hasSize(3);
		assertThat(sink.records()).extracting(RawRecord::externalId)
			.containsExactly("G201", "G202", "P2-G201", "P2-G202", "P3-DELETED");
		assertThat(sink.records().getFirst().updatedAt()).isEqualTo(FIXTURE_MODIFIED);
		assertThat(sink.records().getLast().updatedAt()).isEqualTo(Instant.ofEpochMilli(1473300000000L));
		assertThat(sink.progress().getFirst().total()).isEqualTo(5);
		for (int page = 1; page <= 3; page++) {
			this.unleashed.server.verify(1,
					getRequestedFor(urlEqualTo("/SalesOrders/" + page + "?" + QUERY))
						.withHeader("api-auth-id", equalTo(UnleashedSimulator.API_ID))
						.withHeader("api-auth-signature", equalTo(UnleashedSimulator.signature(QUERY)))
						.withHeader("Accept", equalTo("application/json"))
						.withHeader("Content-Type", equalTo("application/json"))
						.withHeader("client-type", equalTo("sentia/integrations")));
		}
	}

	@Test
	void mapsTheReferenceOrderToAWholesaleOrderFieldByField() {
		OrderUpserted order = map(fixtureOrder(0));

		assertThat(order).isEqualTo(new OrderUpserted("tenant-1", "G201", "unleashed", "wholesale", "UK",
				"highland-harbour", "open", Instant.parse("2016-09-05T23:00:00Z"), FIXTURE_MODIFIED, "NZD",
				List.of(new OrderLine("G401", "IIID1", 1, nzd("8"), nzd("8")),
						new OrderLine("G402", "IIID5", 2, nzd("200"), nzd("400"))),
				nzd("408")));
	}

	@Test
	void aDispatchedOrderIsFulfilled() {
		assertThat(map(fixtureOrder(1)).status()).isEqualTo("fulfilled");
		ObjectNode completed = fixtureOrder(1).put("OrderStatus", "Completed");
		assertThat(map(completed).status()).isEqualTo("fulfilled");
	}

	@Test
	void aDeletedOrderBecomesACancellationThatContributesNothing() {
		OrderUpserted order = map(fixtureOrder(0).put("OrderStatus", "Deleted"));

		assertThat(order.status()).isEqualTo("cancelled");
		assertThat(order.total()).isEqualTo(nzd("0.00"));
		assertThat(order.lines()).extracting(OrderLine::quantity).containsExactly(0, 0);
		assertThat(order.lines()).extracting(OrderLine::lineTotal).containsExactly(nzd("0.00"), nzd("0.00"));
		assertThat(order.lines()).extracting(OrderLine::sku).containsExactly("IIID1", "IIID5");
	}

	@Test
	void leavesChargeLinesWithoutProductOutOfTheLinesButKeepsTheirMoneyInTheTotal() {
		ObjectNode order = fixtureOrder(0).put("Total", 423);
		ObjectNode charge = ((tools.jackson.databind.node.ArrayNode) order.get("SalesOrderLines")).addObject();
		charge.put("LineNumber", 3).put("LineType", "Charge").putNull("Product");
		charge.put("OrderQuantity", 1).put("UnitPrice", 15).put("LineTotal", 15).put("Guid", "G499");

		OrderUpserted mapped = map(order);

		assertThat(mapped.lines()).extracting(OrderLine::lineId).containsExactly("G401", "G402");
		assertThat(mapped.total()).isEqualTo(nzd("423"));
	}

	@Test
	void keepsMoneyExactToTheLastDecimalUnleashedSends() {
		ObjectNode order = fixtureOrder(0);
		ObjectNode line = (ObjectNode) order.get("SalesOrderLines").get(0);
		String json = order.put("Total", new BigDecimal("1774.93449333333333"))
			.toString()
			.replace("\"UnitPrice\":8,", "\"UnitPrice\":0.10000000000000001,");

		OrderUpserted mapped = (OrderUpserted) this.unleashed.connector.mapper("orders")
			.map(new RawRecord(line.path("Guid").asString(), null, json),
					FixedMappingContext.of(this.unleashed.connection.source()))
			.getFirst();

		assertThat(mapped.total().amount()).isEqualTo(new BigDecimal("1774.93449333333333"));
		assertThat(mapped.lines().getFirst().unitPrice().amount()).isEqualTo(new BigDecimal("0.10000000000000001"));
	}

	@Test
	void readsDatesAsUtcInstantsWhateverOffsetTheyCarry() {
		JsonNode plain = UnleashedSimulator.JSON.readTree("\"/Date(1473116400000)/\"");
		JsonNode withOffset = UnleashedSimulator.JSON.readTree("\"/Date(1473116400000+1200)/\"");

		assertThat(UnleashedValues.instant(plain)).isEqualTo(Instant.parse("2016-09-05T23:00:00Z"));
		assertThat(UnleashedValues.instant(withOffset)).isEqualTo(Instant.parse("2016-09-05T23:00:00Z"));
		assertThat(UnleashedValues.date(plain)).isEqualTo(java.time.LocalDate.of(2016, 9, 5));
	}

	@Test
	void usesTheSkuMappingOfAProductWithoutCode() {
		ObjectNode order = fixtureOrder(0);
		((ObjectNode) order.get("SalesOrderLines").get(0).get("Product")).putNull("ProductCode");
		FixedMappingContext context = new FixedMappingContext(this.unleashed.connection.source(),
				java.util.Map.of("product:G11", "HH-SOCKS"));

		OrderUpserted mapped = (OrderUpserted) this.unleashed.connector.mapper("orders")
			.map(new RawRecord("G201", null, order.toString()), context)
			.getFirst();

		assertThat(mapped.lines().getFirst().sku()).isEqualTo("HH-SOCKS");
	}

	@Test
	void rejectsAnOrderOfAConnectionWithoutRegion() {
		ConnectionSpec noRegion = new ConnectionSpec(this.unleashed.connection.id(), "tenant-1", Provider.UNLEASHED,
				"highland-harbour", null, "Unleashed", java.util.Map.of());

		assertThatExceptionOfType(RecordRejectedException.class)
			.isThrownBy(() -> this.unleashed.connector.mapper("orders")
				.map(new RawRecord("G201", null, fixtureOrder(0).toString()),
						FixedMappingContext.of(noRegion.source())))
			.withMessageContaining("set the connection's region");
	}

	@Test
	void honoursRetryAfterWhenThrottled() {
		this.unleashed.server.stubFor(get(urlPathEqualTo("/SalesOrders/1")).inScenario("throttle")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "9"))
			.willSetStateTo("ok"));
		this.unleashed.server.stubFor(get(urlPathEqualTo("/SalesOrders/1")).inScenario("throttle")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(200)
				.withBody(UnleashedSimulator.fixturePage("SalesOrders.page.thirdparty-fixture.json").toString())));
		RecordingPageSink sink = new RecordingPageSink();

		this.unleashed.connector.reader("orders").read(request(), sink);

		assertThat(this.unleashed.waits).contains(Duration.ofSeconds(9));
		assertThat(sink.records()).hasSize(2);
	}

	private OrderUpserted map(ObjectNode order) {
		return (OrderUpserted) this.unleashed.connector.mapper("orders")
			.map(new RawRecord(order.path("Guid").asString(), null, order.toString()),
					FixedMappingContext.of(this.unleashed.connection.source()))
			.getFirst();
	}

	private ReadRequest request() {
		return new ReadRequest(this.unleashed.connection, "orders", Instant.parse("2016-09-01T00:00:00Z"), null, null);
	}

	/** Page 1 = the reference page; 2 = its orders under new ids; 3 = a deleted order. */
	private void stubThreePages() {
		List<List<ObjectNode>> pages = new ArrayList<>();
		pages.add(List.of(fixtureOrder(0), fixtureOrder(1)));
		pages.add(List.of(renamed(fixtureOrder(0), "P2-"), renamed(fixtureOrder(1), "P2-")));
		ObjectNode deleted = fixtureOrder(0).put("Guid", "P3-DELETED")
			.put("OrderNumber", "SO-DEL")
			.put("OrderStatus", "Deleted")
			.put("LastModifiedOn", "/Date(1473300000000)/");
		pages.add(List.of(deleted));
		for (int page = 1; page <= 3; page++) {
			this.unleashed.server
				.stubFor(get(urlEqualTo("/SalesOrders/" + page + "?" + QUERY)).willReturn(aResponse().withStatus(200)
					.withBody(UnleashedSimulator.page(page, 3, 5, pages.get(page - 1)).toString())));
		}
	}

	private static ObjectNode renamed(ObjectNode order, String prefix) {
		return order.put("Guid", prefix + order.path("Guid").asString())
			.put("OrderNumber", prefix + order.path("OrderNumber").asString());
	}

	private static ObjectNode fixtureOrder(int index) {
		return (ObjectNode) UnleashedSimulator.fixturePage("SalesOrders.page.thirdparty-fixture.json")
			.get("Items")
			.get(index);
	}

	private static Money nzd(String amount) {
		return new Money(new BigDecimal(amount), "NZD");
	}

}
