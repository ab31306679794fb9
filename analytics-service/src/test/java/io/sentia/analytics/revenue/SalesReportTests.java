package io.sentia.analytics.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.analytics.EventWire;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The sales report over orders published to {@code commerce.orders.v1}: KPIs in the base
 * currency and per original currency, compared with the previous period and the same
 * period last year, top-moving SKUs, honest conversion notes, cached until an order
 * changes the answer. Figures are computed by hand in the comments.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SalesReportTests extends InfrastructureTests {

	private static final String TENANT = "5a1e5000-0000-4000-8000-00000000000a";

	private static final String FEBRUARY_WEEK = "from=2026-02-02&to=2026-02-08";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	private EventWire wire;

	@BeforeEach
	void seedTenantRatesProductsAndOrders() {
		this.wire = new EventWire(this.bootstrapServers, this.jsonMapper);
		if (this.jdbc.sql("SELECT count(*) FROM tenant WHERE tenant_id = ?")
			.param(TENANT)
			.query(Integer.class)
			.single() > 0) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO tenant (tenant_id, name, slug, base_currency, time_zone, status, updated_at)
				VALUES (?, 'Highland Harbour', 'highland-harbour', 'GBP', 'Europe/London', 'active', now())
				""").param(TENANT).update();
		// 1 GBP = 1.25 USD from 3 February: a USD amount converts at 0.8.
		this.jdbc.sql("""
				INSERT INTO fx_rate (tenant_id, base_currency, quote_currency, rate_date, rate, source, updated_at)
				VALUES (?, 'GBP', 'USD', '2026-02-03', 1.25, 'manual', now())
				""").param(TENANT).update();
		this.jdbc.sql("""
				INSERT INTO product (tenant_id, sku, name, source, unit_cost, unit_cost_currency, active, updated_at)
				VALUES (?, 'A', 'Single malt', 'unleashed', 5.00, 'GBP', true, now()),
				       (?, 'B', 'Gin', 'unleashed', NULL, NULL, true, now())
				""").param(TENANT).param(TENANT).update();
		// This week: o1 100.00 GBP (A 4 × 20, B 1 × 20); o2 50.00 USD on the 4th, a day
		// without its own rate (A 2 × 25); o3 cancelled.
		this.wire.publish(
				order("o1", "2026-02-03", "UK", "shopify", "fulfilled", "GBP", "100.00", "A:4:80.00", "B:1:20.00"));
		this.wire.publish(order("o2", "2026-02-04", "US", "shopify", "fulfilled", "USD", "50.00", "A:2:50.00"));
		this.wire.publish(order("o3", "2026-02-05", "UK", "amazon", "cancelled", "GBP", "0.00", "A:1:0.00"));
		// The week before: 60.00 GBP of B. The same week last year: 200.00 GBP of A.
		this.wire.publish(order("p1", "2026-01-27", "UK", "shopify", "fulfilled", "GBP", "60.00", "B:3:60.00"));
		this.wire.publish(order("y1", "2025-02-03", "UK", "wholesale", "fulfilled", "GBP", "200.00", "A:10:200.00"));
		await().untilAsserted(() -> assertThat(this.jdbc.sql("SELECT count(*) FROM order_revenue WHERE tenant_id = ?")
			.param(TENANT)
			.query(Integer.class)
			.single()).isEqualTo(5));
	}

	@AfterEach
	void closeWire() {
		this.wire.close();
	}

	@Test
	void totalsAreInTheBaseCurrencyAndPerCurrencyComparedWithTheWeekBeforeAndLastYear() throws Exception {
		JsonNode report = sales(FEBRUARY_WEEK + "&groupBy=total");

		assertThat(report.at("/baseCurrency").asString()).isEqualTo("GBP");
		assertThat(report.at("/periods/previous/from").asString()).isEqualTo("2026-01-26");
		assertThat(report.at("/periods/lastYear/from").asString()).isEqualTo("2025-02-02");
		JsonNode now = report.at("/totals/current");
		// 100.00 GBP + 50.00 USD × 0.8.
		assertThat(now.at("/totals/revenue").decimalValue()).isEqualByComparingTo("140.00");
		assertThat(now.at("/totals/revenueByCurrency/GBP").decimalValue()).isEqualByComparingTo("100.00");
		assertThat(now.at("/totals/revenueByCurrency/USD").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(now.at("/totals/orders").asLong()).isEqualTo(2);
		assertThat(now.at("/totals/units").asLong()).isEqualTo(7);
		assertThat(now.at("/totals/cancellations").asLong()).isEqualTo(1);
		assertThat(now.at("/averageOrderValue/value").decimalValue()).isEqualByComparingTo("70.00");
		// Lines with a known cost: A's 80.00 and 40.00, costing 4 × 5 + 2 × 5 = 30.00.
		assertThat(now.at("/totals/revenueWithCost").decimalValue()).isEqualByComparingTo("120.00");
		assertThat(now.at("/totals/grossMargin").decimalValue()).isEqualByComparingTo("90.00");
		assertThat(now.at("/grossMarginPercent/value").decimalValue()).isEqualByComparingTo("75.00");
		assertThat(report.at("/totals/previous/grossMarginPercent/unavailableReason").asString()).isNotBlank();
		assertThat(report.at("/totals/vsPrevious/revenue/absolute").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(report.at("/totals/vsPrevious/revenue/percent").decimalValue()).isEqualByComparingTo("133.33");
		assertThat(report.at("/totals/vsLastYear/revenue/percent").decimalValue()).isEqualByComparingTo("-30.00");
		assertThat(report.at("/conversion")).hasSize(2);
		assertThat(report.at("/conversion/1/currency").asString()).isEqualTo("USD");
		assertThat(report.at("/conversion/1/ordersAtEarlierRate").asLong()).isEqualTo(1);
		assertThat(report.at("/conversion/1/unconverted").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void groupsAddUpToTheTotalsAndTheTopMoversAreTheSkusThatChangedMost() throws Exception {
		JsonNode byRegion = sales(FEBRUARY_WEEK + "&groupBy=region");
		JsonNode byChannel = sales(FEBRUARY_WEEK + "&groupBy=channel");

		assertThat(keys(byRegion)).containsExactly("UK", "US");
		assertThat(byRegion.at("/rows/0/previous/totals/revenue").decimalValue()).isEqualByComparingTo("60.00");
		assertThat(byRegion.at("/rows/0/lastYear/totals/revenue").decimalValue()).isEqualByComparingTo("200.00");
		assertThat(revenueOfRows(byRegion)).isEqualByComparingTo("140.00");
		assertThat(revenueOfRows(byChannel)).isEqualByComparingTo("140.00");
		// A: 80.00 + 40.00 now, nothing the week before; B: 20.00 now, 60.00 before.
		assertThat(byRegion.at("/topMovers/up/0/key").asString()).isEqualTo("A");
		assertThat(byRegion.at("/topMovers/up/0/change/absolute").decimalValue()).isEqualByComparingTo("120.00");
		assertThat(byRegion.at("/topMovers/down/0/key").asString()).isEqualTo("B");
		assertThat(byRegion.at("/topMovers/down/0/change/absolute").decimalValue()).isEqualByComparingTo("-40.00");

		JsonNode byDay = sales(FEBRUARY_WEEK + "&groupBy=day");
		assertThat(keys(byDay)).containsExactly("2026-02-03", "2026-02-04", "2026-02-05");
		assertThat(byDay.at("/rows/0/previous").isNull()).isTrue();
	}

	@Test
	void aCachedAnswerIsServedUntilAnOrderOfTheTenantChangesIt() throws Exception {
		// A week of its own, so the new order changes no other test's figures.
		String week = "from=2026-03-02&to=2026-03-08&groupBy=channel";
		BigDecimal before = sales(week).at("/totals/current/totals/revenue").decimalValue();
		double hits = localHits();

		assertThat(sales(week).at("/totals/current/totals/revenue").decimalValue()).isEqualByComparingTo(before);
		assertThat(localHits()).isEqualTo(hits + 1);

		this.wire.publish(order("o4", "2026-03-04", "UK", "shopify", "fulfilled", "GBP", "10.00", "B:1:10.00"));

		await().untilAsserted(() -> assertThat(sales(week).at("/totals/current/totals/revenue").decimalValue())
			.isEqualByComparingTo(before.add(new BigDecimal("10.00"))));
	}

	@Test
	void anUnknownGroupingOrAnInvertedOrTooLongRangeIsABadRequestNamingTheParameter() throws Exception {
		assertProblem(FEBRUARY_WEEK + "&groupBy=brand", 400, "groupBy");
		assertProblem("from=2026-02-08&to=2026-02-02", 400, "from");
		assertProblem("from=2020-01-01&to=2026-01-02", 400, "to");
	}

	@Test
	void aTenantAnalyticsHasNotHeardOfYetIsToldToRetryNotGivenAnUnconvertedAnswer() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/analytics/v1/sales?" + FEBRUARY_WEEK).header("Authorization",
					TestTokens.bearer(TestTokens.user("00000000-0000-4000-8000-00000000000b", Role.VIEWER))))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).contains("base currency");
	}

	private JsonNode sales(String query) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/analytics/v1/sales?" + query).header("Authorization",
					TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return this.jsonMapper.readTree(result.getResponse().getContentAsString());
	}

	private void assertProblem(String query, int status, String parameter) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/analytics/v1/sales?" + query).header("Authorization",
					TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).contains("\"" + parameter + "\"");
	}

	private double localHits() {
		return this.meters.get("sentia.analytics.cache.requests").tag("level", "local").counter().count();
	}

	private static List<String> keys(JsonNode report) {
		return report.get("rows").valueStream().map((row) -> row.get("key").asString()).toList();
	}

	private static BigDecimal revenueOfRows(JsonNode report) {
		return report.get("rows")
			.valueStream()
			.map((row) -> row.at("/current/totals/revenue").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static OrderUpserted order(String id, String date, String region, String channel, String status,
			String currency, String total, String... lines) {
		Instant at = Instant.parse(date + "T10:00:00Z");
		return new OrderUpserted(TENANT, id, "shopify", channel, region, "store-" + region, status, at, at, currency,
				Arrays.stream(lines)
					.map((line) -> line.split(":"))
					.map((parts) -> new OrderLine(id + "-" + parts[0], parts[0], Integer.parseInt(parts[1]),
							new Money(BigDecimal.ZERO, currency), new Money(new BigDecimal(parts[2]), currency)))
					.toList(),
				new Money(new BigDecimal(total), currency));
	}

}
