package io.sentia.integrations.shopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static io.sentia.integrations.shopify.ShopifyFixtures.CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ShopifyOrderMapperTests {

	private static final Instant PLACED = Instant.parse("2008-01-10T16:00:00Z");

	private final ShopifyOrderMapper mapper = new ShopifyOrderMapper();

	private final FixedMappingContext context = FixedMappingContext.of(CONNECTION.source());

	/** The official order 450789469: two of three lines refunded, a 10.00 discount. */
	private static final OrderUpserted OFFICIAL = new OrderUpserted(ShopifyFixtures.TENANT, "450789469", "shopify",
			"shopify", "US", "jsmith.myshopify.com", "partially_refunded", PLACED, PLACED, "USD",
			List.of(new OrderLine("466157049", "IPOD2008GREEN", 0, usd("199.00"), usd("0.00")),
					new OrderLine("518995019", "IPOD2008RED", 1, usd("199.00"), usd("195.67")),
					new OrderLine("703073504", "IPOD2008BLACK", 0, usd("199.00"), usd("0.00"))),
			usd("199.65"));

	@Test
	void mapsTheOfficialRestOrderFieldByField() {
		OrderUpserted event = map(ShopifyFixtures.restOrder());

		assertThat(event).isEqualTo(OFFICIAL);
		assertThat(event.entityId()).isEqualTo("shopify:jsmith.myshopify.com:450789469");
		assertThat(event.total().amount()).isEqualByComparingTo("199.65").hasScaleOf(2);
	}

	@Test
	void mapsTheGraphqlOrderToTheSameEventAsItsRestTwin() {
		JsonNode node = ShopifyFixtures.json("graphql/orders.page-1.json")
			.path("data")
			.path("orders")
			.path("nodes")
			.get(0);

		assertThat(map(ShopifyAdminApi.JSON.writeValueAsString(node))).isEqualTo(OFFICIAL);
	}

	@Test
	void netsRefundedUnitsFromRefundLinesWhenCurrentQuantityIsAbsent() {
		ObjectNode order = (ObjectNode) ShopifyFixtures.json("order.get-by-id.response.json").path("order");
		for (JsonNode line : order.path("line_items")) {
			((ObjectNode) line).remove("current_quantity");
		}

		assertThat(map(order.toString())).isEqualTo(OFFICIAL);
	}

	@Test
	void cancelledOrderCountsNoRevenueButKeepsItsLines() {
		JsonNode node = ShopifyFixtures.json("graphql/orders.page-2.json")
			.path("data")
			.path("orders")
			.path("nodes")
			.get(0);

		OrderUpserted event = map(node.toString());

		assertThat(event.status()).isEqualTo("cancelled");
		assertThat(event.total()).isEqualTo(usd("0.00"));
		assertThat(event.currency()).as("shop currency, not the EUR the customer saw").isEqualTo("USD");
		assertThat(event.lines())
			.containsExactly(new OrderLine("1071823172", "IPOD2008PINK", 2, usd("15.05"), usd("30.10")));
		assertThat(event.updatedAt()).isEqualTo(Instant.parse("2008-01-12T08:30:00Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-29T01:30:00+00:00", "2026-03-29T02:30:00+01:00", "2026-03-28T21:30:00-04:00",
			"2026-03-29T11:00:00+09:30", "2026-03-29T01:30:00Z" })
	void readsShopLocalTimestampsAsTheSameInstant(String shopLocal) {
		ObjectNode order = (ObjectNode) ShopifyFixtures.json("order.get-by-id.response.json").path("order");
		order.put("processed_at", shopLocal);
		order.put("updated_at", shopLocal);

		OrderUpserted event = map(order.toString());

		assertThat(event.orderedAt()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(event.updatedAt()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
	}

	@Test
	void statusFollowsCancellationThenRefundsThenFulfilment() {
		ObjectNode order = (ObjectNode) ShopifyFixtures.json("order.get-by-id.response.json").path("order");
		order.put("financial_status", "paid");
		order.put("fulfillment_status", "fulfilled");
		assertThat(map(order.toString()).status()).isEqualTo("fulfilled");
		order.put("financial_status", "refunded");
		assertThat(map(order.toString()).status()).isEqualTo("refunded");
		order.put("cancelled_at", "2008-01-11T10:00:00-05:00");
		OrderUpserted cancelled = map(order.toString());
		assertThat(cancelled.status()).isEqualTo("cancelled");
		assertThat(cancelled.total()).isEqualTo(usd("0.00"));
		order.put("financial_status", "paid");
		order.putNull("fulfillment_status");
		order.putNull("cancelled_at");
		assertThat(map(order.toString()).status()).isEqualTo("open");
	}

	@Test
	void keepsMoneyExactBeyondDoublePrecision() {
		ObjectNode order = (ObjectNode) ShopifyFixtures.json("order.get-by-id.response.json").path("order");
		((ObjectNode) order.path("current_total_price_set").path("shop_money")).put("amount", "9007199254740993.17");

		assertThat(map(order.toString()).total().amount()).isEqualTo(new BigDecimal("9007199254740993.17"));
	}

	@Test
	void usesTheTenantsSkuMappingForAVariantAndRejectsALineWithNeither() {
		ObjectNode order = (ObjectNode) ShopifyFixtures.json("order.get-by-id.response.json").path("order");
		ArrayNode lines = (ArrayNode) order.path("line_items");
		((ObjectNode) lines.get(1)).put("sku", "");
		FixedMappingContext mapped = new FixedMappingContext(CONNECTION.source(), Map.of("variant:49148385", "HH-RED"));

		assertThat(((OrderUpserted) this.mapper.map(record(order.toString()), mapped).getFirst()).lines().get(1).sku())
			.isEqualTo("HH-RED");
		assertThatExceptionOfType(RecordRejectedException.class).isThrownBy(() -> map(order.toString()))
			.withMessageContaining("variant:49148385");
	}

	@Test
	void rejectsAnOrderWithoutUpdateTimeNamingTheField() {
		ObjectNode order = (ObjectNode) ShopifyFixtures.json("order.get-by-id.response.json").path("order");
		order.remove("updated_at");

		assertThatExceptionOfType(RecordRejectedException.class).isThrownBy(() -> map(order.toString()))
			.withMessageContaining("updated_at");
	}

	private OrderUpserted map(String json) {
		List<SentiaEvent> events = this.mapper.map(record(json), this.context);
		assertThat(events).hasSize(1);
		return (OrderUpserted) events.getFirst();
	}

	private static RawRecord record(String json) {
		return new RawRecord("450789469", null, json);
	}

	private static Money usd(String amount) {
		return new Money(new BigDecimal(amount), "USD");
	}

}
