package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.analytics.EventWire;
import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.CashDirection;
import io.sentia.events.Contact;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.Location;
import io.sentia.events.InventoryLevelChanged.LocationType;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.PaymentRecorded;
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
 * The working-capital endpoints over a small ledger published as events: every figure is
 * computed by hand in the comments. The tenant reports in GBP; 1 GBP = 1.25 USD from 1
 * January 2026 (so every USD amount converts at 0.8, with an earlier day's rate).
 * <p>
 * Sales invoices: R3 (Harbour Deli) 62.50 USD issued 10 Jan due 20 Jan, open; R4 (Harbour
 * Deli) 40.00 issued 1 Feb due 11 Feb, paid on 8 Mar by P2, which is published before R4;
 * R1 (Fine Foods) 100.00 issued 20 Feb due 2 Mar, paid on 5 Mar by P1; R2 (Fine Foods)
 * 200.00 issued 3 Mar due 13 Mar, open; R5 (Euro Bistro) 30.00 EUR issued 1 Mar, open,
 * with no EUR rate at all: in no base-currency figure, listed as not converted. Bill B1
 * 300.00 issued 25 Feb, due 27 Mar, open.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CapitalReportTests extends InfrastructureTests {

	private static final String TENANT = "ca917a00-0000-4000-8000-00000000000c";

	private static final String WINDOW = "from=2026-03-01&to=2026-03-10";

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
	void publishTheLedger() {
		this.wire = new EventWire(this.bootstrapServers, this.jsonMapper);
		if (count("SELECT count(*) FROM tenant WHERE tenant_id = ?") > 0) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO tenant (tenant_id, name, slug, base_currency, time_zone, status, updated_at)
				VALUES (?, 'Capital Cellars', 'capital-cellars', 'GBP', 'Europe/London', 'active', now())
				""").param(TENANT).update();
		this.jdbc.sql("""
				INSERT INTO fx_rate (tenant_id, base_currency, quote_currency, rate_date, rate, source, updated_at)
				VALUES (?, 'GBP', 'USD', '2026-01-01', 1.25, 'manual', now())
				""").param(TENANT).update();
		this.jdbc.sql("""
				INSERT INTO product (tenant_id, sku, name, source, unit_cost, unit_cost_currency, active, updated_at)
				VALUES (?, 'A', 'Single malt', 'unleashed', 5.00, 'GBP', true, now())
				""").param(TENANT).update();
		// An open purchase order: 20 of its 25 units still to come at 4.00 = 80.00.
		this.jdbc.sql("""
				INSERT INTO purchase_order (tenant_id, source, purchase_order_id, order_number, supplier_id,
				                            supplier_name, status, order_date, currency, total_amount, updated_at)
				VALUES (?, 'unleashed', 'po-1', 'PO-1', 's-1', 'Cooperage', 'partially_received', '2026-03-01', 'GBP',
				        100.00, now())
				""").param(TENANT).update();
		this.jdbc.sql("""
				INSERT INTO purchase_order_line (tenant_id, source, purchase_order_id, line_id, sku, quantity,
				                                 received_quantity, unit_cost, line_total)
				VALUES (?, 'unleashed', 'po-1', 'l-1', 'A', 25, 5, 4.00, 100.00)
				""").param(TENANT).update();
		// A's demand: 14 units in the week of 9 March, 2.00 a day.
		this.jdbc.sql("""
				INSERT INTO forecast (tenant_id, sku, channel, region, forecast_id, model, granularity, history_end,
				                      generated_at)
				VALUES (?, 'A', 'all', 'all', 'f-1', 'ets', 'week', '2026-03-08', now())
				""").param(TENANT).update();
		this.jdbc.sql("""
				INSERT INTO forecast_point (tenant_id, sku, channel, region, period_start, quantity, lower80, upper80,
				                            lower90, upper90, lower95, upper95)
				VALUES (?, 'A', 'all', 'all', '2026-03-09', 14, 10, 18, 9, 19, 8, 20)
				""").param(TENANT).update();

		Contact fineFoods = new Contact("c-1", "Fine Foods");
		Contact harbourDeli = new Contact("c-2", "Harbour Deli");
		this.wire.publish(payment("P2", "R4", harbourDeli, "2026-03-08", "40.00", "GBP"));
		this.wire.publish(invoice("R3", InvoiceType.ACCREC, harbourDeli, "2026-01-10", "2026-01-20", "authorised",
				"USD", "62.50", "62.50"));
		this.wire.publish(invoice("R4", InvoiceType.ACCREC, harbourDeli, "2026-02-01", "2026-02-11", "paid", "GBP",
				"40.00", "0.00"));
		this.wire.publish(invoice("R1", InvoiceType.ACCREC, fineFoods, "2026-02-20", "2026-03-02", "paid", "GBP",
				"100.00", "0.00"));
		this.wire.publish(invoice("R2", InvoiceType.ACCREC, fineFoods, "2026-03-03", "2026-03-13", "authorised", "GBP",
				"200.00", "200.00"));
		this.wire.publish(invoice("R5", InvoiceType.ACCREC, new Contact("c-3", "Euro Bistro"), "2026-03-01",
				"2026-03-31", "authorised", "EUR", "30.00", "30.00"));
		this.wire.publish(invoice("B1", InvoiceType.ACCPAY, new Contact("s-1", "Cooperage"), "2026-02-25", "2026-03-27",
				"authorised", "GBP", "300.00", "300.00"));
		this.wire.publish(payment("P1", "R1", fineFoods, "2026-03-05", "100.00", "GBP"));
		// Cash at 10 March: 1000.00 − 250.00 + 100.00 USD × 0.8 = 830.00; T4 is after.
		this.wire.publish(bank("T1", CashDirection.IN, "2026-02-01", "1000.00", "GBP"));
		this.wire.publish(bank("T2", CashDirection.OUT, "2026-03-06", "250.00", "GBP"));
		this.wire.publish(bank("T3", CashDirection.IN, "2026-03-09", "100.00", "USD"));
		this.wire.publish(bank("T4", CashDirection.IN, "2026-03-11", "500.00", "GBP"));
		// Cost of goods sold in the window: 10 × 5.00 = 50.00.
		Instant ordered = Instant.parse("2026-03-04T10:00:00Z");
		this.wire.publish(
				new OrderUpserted(TENANT, "o-1", "shopify", "shopify", "UK", "store-uk", "fulfilled", ordered, ordered,
						"GBP",
						List.of(new OrderLine("o-1-A", "A", 10, new Money(new BigDecimal("20.00"), "GBP"),
								new Money(new BigDecimal("200.00"), "GBP"))),
						new Money(new BigDecimal("200.00"), "GBP")));
		// A at the warehouse: 40 at the end of 28 Feb (the later of two levels that day),
		// 30
		// from 4 March (a level measured earlier that day, sent later, does not replace
		// it).
		this.wire.publish(level("A", "2026-02-28T08:00:00Z", 30, 0, 0));
		this.wire.publish(level("A", "2026-02-28T18:00:00Z", 40, 0, 0));
		this.wire.publish(level("A", "2026-03-04T12:00:00Z", 30, 10, 2));
		this.wire.publish(level("A", "2026-03-04T06:00:00Z", 99, 0, 0));
		this.wire.publish(level("Z", "2026-03-05T09:00:00Z", 7, 0, 0));

		await().untilAsserted(() -> {
			assertThat(count("SELECT count(*) FROM invoice WHERE tenant_id = ?")).isEqualTo(6);
			assertThat(count("SELECT count(*) FROM payment WHERE tenant_id = ?")).isEqualTo(2);
			assertThat(count("SELECT count(*) FROM bank_transaction WHERE tenant_id = ?")).isEqualTo(4);
			assertThat(count("SELECT count(*) FROM order_line WHERE tenant_id = ?")).isEqualTo(1);
			assertThat(count("SELECT count(*) FROM inventory_level WHERE tenant_id = ? AND sku = 'Z'")).isEqualTo(1);
			assertThat(count("SELECT count(*) FROM inventory_snapshot WHERE tenant_id = ? AND sku = 'Z'")).isEqualTo(1);
		});
	}

	@AfterEach
	void closeWire() {
		this.wire.close();
	}

	@Test
	void receivablesAreAgedIntoBucketsThatAddUpToTheOpenTotalInBaseAndOriginalCurrencies() throws Exception {
		JsonNode answer = ok("/api/analytics/v1/receivables/ageing?asOf=2026-03-10");

		JsonNode total = answer.at("/ageing/total");
		// R2 is due in 3 days: current; R3 is 49 days overdue: 31–60, 62.50 USD × 0.8.
		assertThat(total.at("/current").decimalValue()).isEqualByComparingTo("200.00");
		assertThat(total.at("/days1To30").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(total.at("/days31To60").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(total.at("/over90").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(total.at("/total").decimalValue()).isEqualByComparingTo("250.00");
		assertThat(sumOfBuckets(total)).isEqualByComparingTo(total.at("/total").decimalValue());
		assertThat(answer.at("/ageing/totalByCurrency/USD/days31To60").decimalValue()).isEqualByComparingTo("62.50");
		assertThat(answer.at("/ageing/totalByCurrency/GBP/current").decimalValue()).isEqualByComparingTo("200.00");
		assertThat(answer.at("/ageing/contacts/0/contact/contactId").asString()).isEqualTo("c-1");
		assertThat(answer.at("/ageing/contacts/0/buckets/total").decimalValue()).isEqualByComparingTo("200.00");
		assertThat(answer.at("/ageing/contacts/1/buckets/days31To60").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(answer.at("/fx/earlierRates/0/currency").asString()).isEqualTo("USD");
		assertThat(answer.at("/fx/earlierRates/0/oldestRateDate").asString()).isEqualTo("2026-01-01");
		assertThat(answer.at("/ageing/contacts")).hasSize(2);
		assertThat(answer.at("/fx/notConvertedCount").asLong()).isEqualTo(1);
		assertThat(answer.at("/fx/notConverted/0/item").asString()).isEqualTo("invoice R5");
		assertThat(answer.at("/fx/notConverted/0/currency").asString()).isEqualTo("EUR");
		assertThat(answer.at("/fx/notConverted/0/amount").decimalValue()).isEqualByComparingTo("30.00");

		JsonNode payables = ok("/api/analytics/v1/payables/ageing?asOf=2026-03-10");
		assertThat(payables.at("/ageing/total/current").decimalValue()).isEqualByComparingTo("300.00");
		assertThat(payables.at("/ageing/contacts/0/contact/name").asString()).isEqualTo("Cooperage");
	}

	@Test
	void oneCustomersAgeingIsTheirsAndAnUnknownCustomerIsNotFound() throws Exception {
		JsonNode deli = ok("/api/analytics/v1/receivables/ageing/c-2?asOf=2026-03-10");
		assertThat(deli.at("/contact/name").asString()).isEqualTo("Harbour Deli");
		assertThat(deli.at("/buckets/days31To60").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(deli.at("/buckets/total").decimalValue()).isEqualByComparingTo("50.00");

		JsonNode bistro = ok("/api/analytics/v1/receivables/ageing/c-3?asOf=2026-03-10");
		assertThat(bistro.at("/buckets/total").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(bistro.at("/fx/notConverted/0/item").asString()).isEqualTo("invoice R5");

		MvcResult unknown = call("/api/analytics/v1/receivables/ageing/nobody?asOf=2026-03-10", TENANT);
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(unknown.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void theCycleAndTheRatiosOverTheWindowAreTheHandComputedOnes() throws Exception {
		JsonNode answer = ok("/api/analytics/v1/working-capital?" + WINDOW);

		assertThat(answer.at("/days").asLong()).isEqualTo(10);
		// Receivables at the end of each day, 1–10 March: 190, 190, 390, 390, 290, 290,
		// 290, 250, 250, 250 = 2780 → average 278.00; credit sales 200.00 (R2);
		// DSO = 2780 ÷ 200 = 13.90.
		JsonNode dso = metric(answer, "DSO");
		assertThat(dso.at("/figure/value").decimalValue()).isEqualByComparingTo("13.90");
		assertThat(dso.at("/formula").asString()).contains("average receivables");
		assertThat(dso.at("/inputs/0/figure/value").decimalValue()).isEqualByComparingTo("278.00");
		assertThat(dso.at("/inputs/1/figure/value").decimalValue()).isEqualByComparingTo("200.00");
		// Payables 300 every day (3000); cost of goods sold 50.00: DPO = 60.00.
		assertThat(metric(answer, "DPO").at("/figure/value").decimalValue()).isEqualByComparingTo("60.00");
		// Inventory at cost 200.00 on 1–3 March, 150.00 on 4–10 March: 1650 → DIO 33.00.
		JsonNode dio = metric(answer, "DIO");
		assertThat(dio.at("/figure/value").decimalValue()).isEqualByComparingTo("33.00");
		assertThat(dio.at("/inputs/0/figure/value").decimalValue()).isEqualByComparingTo("165.00");
		// CCC = 13.90 + 33.00 − 60.00.
		assertThat(metric(answer, "CCC").at("/figure/value").decimalValue()).isEqualByComparingTo("-13.10");
		// At 10 March: cash 830.00, receivables 250.00, inventory 150.00, payables
		// 300.00.
		assertThat(item(answer, "CASH")).isEqualByComparingTo("830.00");
		assertThat(item(answer, "RECEIVABLES")).isEqualByComparingTo("250.00");
		assertThat(item(answer, "INVENTORY_AT_COST")).isEqualByComparingTo("150.00");
		assertThat(item(answer, "PAYABLES")).isEqualByComparingTo("300.00");
		assertThat(item(answer, "OPEN_PURCHASE_ORDERS")).isEqualByComparingTo("80.00");
		// (830 + 250 + 150) ÷ 300 and (830 + 250) ÷ 300.
		assertThat(metric(answer, "current ratio").at("/figure/value").decimalValue()).isEqualByComparingTo("4.10");
		assertThat(metric(answer, "quick ratio").at("/figure/value").decimalValue()).isEqualByComparingTo("3.60");
		assertThat(answer.at("/inventoryHistoryFrom").asString()).isEqualTo("2026-02-28");
		assertThat(answer.at("/skusWithoutCost/0").asString()).isEqualTo("Z");
		// R5 has no EUR rate: out of the receivables and the credit sales, and said so.
		assertThat(answer.at("/fx/notConverted").valueStream().map((item) -> item.get("item").asString()))
			.contains("invoice R5", "credit sales of 2026-03-01");
	}

	@Test
	void dioIsUnavailableBeforeTheFirstInventorySnapshotWithTheReason() throws Exception {
		JsonNode answer = ok("/api/analytics/v1/working-capital?from=2026-02-01&to=2026-03-10");

		JsonNode dio = metric(answer, "DIO");
		assertThat(dio.at("/figure/value").isMissingNode() || dio.at("/figure/value").isNull()).isTrue();
		assertThat(dio.at("/figure/unavailableReason").asString()).contains("inventory at cost");
		assertThat(metric(answer, "CCC").at("/figure/unavailableReason").asString()).contains("DIO");
	}

	@Test
	void eachCustomerPaysAfterTheAmountWeightedDaysOfItsPaymentsIncludingOneThatCameBeforeItsInvoice()
			throws Exception {
		JsonNode answer = ok("/api/analytics/v1/customers/payment-behaviour");

		assertThat(answer.at("/baseCurrency").asString()).isEqualTo("GBP");
		assertThat(answer.at("/customers")).hasSize(2);
		// Fine Foods paid R1 on 5 March: 13 days after issue, 3 after due.
		assertThat(answer.at("/customers/0/contact/contactId").asString()).isEqualTo("c-1");
		assertThat(answer.at("/customers/0/averageDaysToPay").decimalValue()).isEqualByComparingTo("13.00");
		assertThat(answer.at("/customers/0/averageDaysLate").decimalValue()).isEqualByComparingTo("3.00");
		// Harbour Deli paid R4 on 8 March (P2 arrived first): 35 days after issue, 25
		// late.
		assertThat(answer.at("/customers/1/averageDaysToPay").decimalValue()).isEqualByComparingTo("35.00");
		assertThat(answer.at("/customers/1/averageDaysLate").decimalValue()).isEqualByComparingTo("25.00");
		assertThat(answer.at("/customers/1/amountPaid").decimalValue()).isEqualByComparingTo("40.00");
	}

	@Test
	void inventoryIsValuedAtCostAndJudgedAgainstTheForecastAndTheThresholdsAsked() throws Exception {
		JsonNode answer = ok("/api/analytics/v1/inventory?asOf=2026-03-10&overstockCoverDays=10");

		// A: 30 on hand, 10 inbound, 2 reserved at 5.00.
		assertThat(answer.at("/valuation/onHandValue").decimalValue()).isEqualByComparingTo("150.00");
		assertThat(answer.at("/valuation/inboundValue").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(answer.at("/valuation/reservedValue").decimalValue()).isEqualByComparingTo("10.00");
		assertThat(answer.at("/valuation/lines/0/locationId").asString()).isEqualTo("wh-1");
		assertThat(answer.at("/valuation/skusWithoutCost/0").asString()).isEqualTo("Z");
		// 30 ÷ 2.00 a day = 15 days; over 10 days: 30 − 20 = 10 units, 50.00.
		assertThat(answer.at("/cover/0/daysOfCover/value").decimalValue()).isEqualByComparingTo("15.00");
		assertThat(answer.at("/overstock/0/sku").asString()).isEqualTo("A");
		assertThat(answer.at("/overstock/0/excessUnits").asLong()).isEqualTo(10);
		assertThat(answer.at("/overstock/0/excessValueAtCost/value").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(answer.at("/thresholds/slowMoverNoSalesDays").asInt()).isEqualTo(60);
		// Z never sold: slow. A sold 6 days ago with 15 days of cover: not slow.
		assertThat(answer.at("/slowMovers")).hasSize(1);
		assertThat(answer.at("/slowMovers/0/sku").asString()).isEqualTo("Z");
		assertThat(answer.at("/slowMovers/0/reasons/0").asString()).isEqualTo("NO_RECENT_SALES");
	}

	@Test
	void aRepeatedQuestionIsAnsweredFromTheCache() throws Exception {
		String question = "/api/analytics/v1/working-capital?from=2026-03-02&to=2026-03-09";
		JsonNode first = ok(question);
		double hits = this.meters.get("sentia.analytics.cache.requests").tag("level", "local").counter().count();

		assertThat(ok(question)).isEqualTo(first);
		assertThat(this.meters.get("sentia.analytics.cache.requests").tag("level", "local").counter().count())
			.isEqualTo(hits + 1);
	}

	@Test
	void everyAnswerReadsBackFromItsJsonAsTheSharedCacheKeepsIt() throws Exception {
		assertRoundTrip("/api/analytics/v1/receivables/ageing?asOf=2026-03-10", AgeingAnswer.class);
		assertRoundTrip("/api/analytics/v1/receivables/ageing/c-2?asOf=2026-03-10", ContactAgeingAnswer.class);
		assertRoundTrip("/api/analytics/v1/working-capital?" + WINDOW, WorkingCapitalAnswer.class);
		assertRoundTrip("/api/analytics/v1/customers/payment-behaviour", PaymentBehaviourAnswer.class);
		assertRoundTrip("/api/analytics/v1/inventory?asOf=2026-03-10", InventoryAnswer.class);
	}

	@Test
	void badInputIsABadRequestNamingTheParameter() throws Exception {
		assertProblem("/api/analytics/v1/working-capital?from=2026-03-10&to=2026-03-01", "from");
		assertProblem("/api/analytics/v1/working-capital?from=2020-01-01&to=2026-01-02", "to");
		assertProblem("/api/analytics/v1/receivables/ageing?asOf=10-03-2026", "asOf");
		assertProblem("/api/analytics/v1/inventory?overstockCoverDays=0", "overstockCoverDays");
		assertProblem("/api/analytics/v1/inventory?slowMoverNoSalesDays=many", "slowMoverNoSalesDays");
	}

	@Test
	void aTenantAnalyticsHasNotHeardOfYetIsToldToRetry() throws Exception {
		MvcResult result = call("/api/analytics/v1/receivables/ageing", "00000000-0000-4000-8000-0000000000cc");

		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

	private JsonNode ok(String uri) throws Exception {
		MvcResult result = call(uri, TENANT);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return this.jsonMapper.readTree(result.getResponse().getContentAsString());
	}

	private void assertRoundTrip(String uri, Class<?> type) throws Exception {
		JsonNode served = ok(uri);
		Object answer = this.jsonMapper.treeToValue(served, type);
		assertThat(this.jsonMapper.writeValueAsString(answer)).as(uri)
			.isEqualTo(this.jsonMapper.writeValueAsString(served));
	}

	private MvcResult call(String uri, String tenant) throws Exception {
		return this.mvc
			.perform(get(uri).header("Authorization", TestTokens.bearer(TestTokens.user(tenant, Role.VIEWER))))
			.andReturn();
	}

	private void assertProblem(String uri, String parameter) throws Exception {
		MvcResult result = call(uri, TENANT);
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).contains("\"" + parameter + "\"");
	}

	private static JsonNode metric(JsonNode answer, String name) {
		return answer.get("metrics")
			.valueStream()
			.filter((metric) -> metric.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static BigDecimal item(JsonNode answer, String item) {
		return answer.at("/liquidity/items")
			.valueStream()
			.filter((line) -> line.get("item").asString().equals(item))
			.findFirst()
			.orElseThrow()
			.get("amount")
			.decimalValue();
	}

	private static BigDecimal sumOfBuckets(JsonNode buckets) {
		return List.of("current", "days1To30", "days31To60", "days61To90", "over90")
			.stream()
			.map((bucket) -> buckets.get(bucket).decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).param(TENANT).query(Integer.class).single();
	}

	private static InvoiceUpserted invoice(String id, InvoiceType type, Contact contact, String issued, String due,
			String status, String currency, String total, String amountDue) {
		BigDecimal paid = new BigDecimal(total).subtract(new BigDecimal(amountDue));
		return new InvoiceUpserted(TENANT, id, "xero", type, id, null, contact, LocalDate.parse(issued),
				LocalDate.parse(due), status, currency, money(total, currency), money("0.00", currency),
				money(total, currency), new Money(paid, currency), money("0.00", currency), money(amountDue, currency),
				null, Instant.parse("2026-03-10T00:00:00Z"));
	}

	private static PaymentRecorded payment(String id, String invoiceId, Contact contact, String paidOn, String amount,
			String currency) {
		return new PaymentRecorded(TENANT, id, "xero", CashDirection.IN, invoiceId, invoiceId, contact,
				LocalDate.parse(paidOn), money(amount, currency), "bank-1", null, "authorised", true,
				Instant.parse("2026-03-10T00:00:00Z"));
	}

	private static BankTransactionRecorded bank(String id, CashDirection direction, String date, String amount,
			String currency) {
		return new BankTransactionRecorded(TENANT, id, "xero",
				new BankTransactionRecorded.BankAccount("bank-1", "090", "Current account"), direction,
				(direction == CashDirection.IN) ? "RECEIVE" : "SPEND", null, LocalDate.parse(date),
				money(amount, currency), null, "authorised", true, Instant.parse("2026-03-10T00:00:00Z"));
	}

	private static InventoryLevelChanged level(String sku, String asOf, int onHand, int inbound, int reserved) {
		return new InventoryLevelChanged(TENANT, sku, new Location("wh-1", "Warehouse", LocationType.WAREHOUSE),
				"unleashed", onHand, onHand - reserved, inbound, reserved, Instant.parse(asOf));
	}

	private static Money money(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

}
