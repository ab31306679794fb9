package io.sentia.analytics.outlook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sentia.analytics.EventWire;
import io.sentia.events.CashDirection;
import io.sentia.events.InvoiceType;
import io.sentia.events.SuggestionStatusChanged;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The cash outlook through its endpoint, over a small ledger published as events and
 * computed by hand in the comments: opening cash from bank transactions, receivables
 * shifted by the customer's days late, bills, a purchase order on its supplier's terms, a
 * suggested purchase, forecast sales through a payout plan, recurring outflows, and the
 * notes on conversions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CashOutlookApiTests extends InfrastructureTests {

	private static final String TENANT = "0c7100c0-0000-4000-8000-000000000001";

	/** A Monday; week 1 is 2 to 8 March 2026. */
	private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	private EventWire wire;

	@BeforeEach
	void publishTheLedger() throws Exception {
		this.wire = new EventWire(this.bootstrapServers, this.jsonMapper);
		if (count("tenant") > 0) {
			return;
		}
		// 1 GBP = 1.25 USD, known from 27 February only: USD converts at 0.8, flagged as
		// an earlier day's rate. No EUR rate at all.
		this.jdbc.sql("""
				INSERT INTO fx_rate (tenant_id, base_currency, quote_currency, rate_date, rate, source, updated_at)
				VALUES (?, 'GBP', 'USD', '2026-02-27', 1.25, 'manual', now())
				""").param(TENANT).update();
		OutlookLedger ledger = new OutlookLedger(this.wire, TENANT).tenant("GBP");
		// Opening cash at the start of 2 March: 10,000.00 − 2,500.00 + 500.00 USD × 0.8 =
		// 7,900.00; the 999.00 received on the 2nd itself is not opening cash.
		ledger.bank("B1", CashDirection.IN, "10000.00", "GBP", LocalDate.of(2026, 2, 20))
			.bank("B2", CashDirection.OUT, "2500.00", "GBP", LocalDate.of(2026, 2, 25))
			.bank("B3", CashDirection.IN, "500.00", "USD", LocalDate.of(2026, 2, 26))
			.bank("B4", CashDirection.IN, "999.00", "GBP", AS_OF);
		// c-1 paid INV-0 (due 31 January) on 5 February: 5 days late, so INV-1 due on
		// 6 March is expected on the 11th, in week 2. c-2 has no history: INV-2 (300.00
		// USD = 240.00 GBP) on its due date, 3 March.
		ledger
			.invoice(InvoiceType.ACCREC, "INV-0", "c-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "500.00",
					"0.00", "GBP")
			.payment("P-0", "INV-0", "c-1", LocalDate.of(2026, 2, 5), "500.00", "GBP")
			.invoice(InvoiceType.ACCREC, "INV-1", "c-1", LocalDate.of(2026, 2, 4), LocalDate.of(2026, 3, 6), "1200.00",
					"1200.00", "GBP")
			.invoice(InvoiceType.ACCREC, "INV-2", "c-2", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3), "300.00",
					"300.00", "USD");
		// Bills: 800.00 due 5 March; 150.00 overdue since 15 February, so paid on the
		// 2nd.
		ledger
			.invoice(InvoiceType.ACCPAY, "BILL-1", "s-1", LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 5), "800.00",
					"800.00", "GBP")
			.invoice(InvoiceType.ACCPAY, "BILL-2", "s-2", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15),
					"150.00", "150.00", "GBP");
		// PO-1: 10 × 10.00 expected 20 February, supplier paid 7 days after arrival (the
		// settings), so due 27 February: overdue, paid on the 2nd. The recommendation
		// arrives 25 February: 50.00 due 4 March, planned.
		ledger.purchaseOrder("PO-1", LocalDate.of(2026, 2, 20), 10, "10.00")
			.recommendation("REC-1", "GIN-70", LocalDate.of(2026, 2, 25), "50.00");
		// GIN-70 at 20.00: shopify forecasts 14 units in the week of 2 March = 40.00 a
		// day, 38.00 after the 5% fee, paid the same day. The all-channel series (99
		// units) is not counted on top.
		ledger.product("GIN-70", "20.00").forecast("GIN-70", "shopify", AS_OF, 14).forecast("GIN-70", "all", AS_OF, 99);
		await().untilAsserted(() -> {
			assertThat(count("tenant")).isEqualTo(1);
			assertThat(count("bank_transaction")).isEqualTo(4);
			assertThat(count("invoice")).isEqualTo(5);
			assertThat(count("payment")).isEqualTo(1);
			assertThat(count("purchase_order")).isEqualTo(1);
			assertThat(count("reorder_recommendation")).isEqualTo(1);
			assertThat(count("product")).isEqualTo(1);
			assertThat(count("forecast")).isEqualTo(2);
		});
		// Minimum 5,000.00; rent 1,000.00 on the 3rd; payroll 3,000.00 on the 31st (week
		// 5); duty of 100.00 EUR has no rate and is left out, named in the notes.
		MvcResult saved = this.mvc.perform(put("/api/analytics/v1/cash/settings")
			.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.MANAGER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"minimumCash": 5000.00,
					 "supplierTerms": [{"supplierId": "sup-1", "days": 7}],
					 "payoutPlans": [{"channel": "shopify", "feeRate": 0.05,
					                  "schedule": {"kind": "daily", "lagDays": 0}}],
					 "recurringOutflows": [
					   {"name": "Rent", "kind": "rent", "amount": 1000.00, "currency": "GBP", "dayOfMonth": 3},
					   {"name": "Payroll", "kind": "payroll", "amount": 3000.00, "currency": "GBP", "dayOfMonth": 31},
					   {"name": "Duty", "kind": "duty", "amount": 100.00, "currency": "EUR", "dayOfMonth": 4}]}
					""")).andReturn();
		assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(200);
	}

	@AfterEach
	void closeWire() {
		this.wire.close();
	}

	@Test
	void theFirstWeekIsTheHandComputedLedgerToTheCent() throws Exception {
		JsonNode outlook = outlook("asOf=" + AS_OF).at("/outlook");

		assertThat(outlook.at("/currency").asString()).isEqualTo("GBP");
		assertThat(outlook.at("/openingBalance").decimalValue()).isEqualByComparingTo("7900.00");
		assertThat(outlook.at("/minimumCash").decimalValue()).isEqualByComparingTo("5000.00");
		JsonNode week = outlook.at("/weeks/0");
		assertThat(week.at("/start").asString()).isEqualTo("2026-03-02");
		assertThat(week.at("/end").asString()).isEqualTo("2026-03-08");
		assertThat(line(week, "RECEIVABLES", "Receivables")).isEqualByComparingTo("240.00");
		assertThat(line(week, "FORECAST_PAYOUTS", "shopify")).isEqualByComparingTo("266.00");
		assertThat(line(week, "PAYABLES", "Bills")).isEqualByComparingTo("-950.00");
		assertThat(line(week, "PURCHASE_ORDERS", "Purchase orders")).isEqualByComparingTo("-100.00");
		assertThat(line(week, "SUGGESTED_PURCHASES", "Suggested purchases (planned)")).isEqualByComparingTo("-50.00");
		assertThat(line(week, "RECURRING_OUTFLOWS", "Rent")).isEqualByComparingTo("-1000.00");
		assertThat(line(week, "RECURRING_OUTFLOWS", "Payroll")).isEqualByComparingTo("0.00");
		assertThat(week.at("/inflows").decimalValue()).isEqualByComparingTo("506.00");
		assertThat(week.at("/outflows").decimalValue()).isEqualByComparingTo("-2100.00");
		// 7,900.00 + 506.00 − 2,100.00.
		assertThat(week.at("/closing").decimalValue()).isEqualByComparingTo("6306.00");
		// Day by day: 2nd 7,688.00; 3rd 6,966.00; 4th 6,954.00; 5th 6,192.00 (BILL-1).
		assertThat(week.at("/lowestPoint").decimalValue()).isEqualByComparingTo("6192.00");
		assertThat(week.at("/lowestPointDate").asString()).isEqualTo("2026-03-05");
		assertThat(week.at("/belowThreshold").asBoolean()).isFalse();
		assertThat(lineItems(week, "RECEIVABLES")).anySatisfy((item) -> {
			assertThat(item.at("/reference").asString()).isEqualTo("INV-2");
			assertThat(item.at("/fxEstimated").asBoolean()).isTrue();
		});
		// INV-1 a customer's 5 days late after its due date, in week 2.
		JsonNode second = outlook.at("/weeks/1");
		assertThat(line(second, "RECEIVABLES", "Receivables")).isEqualByComparingTo("1200.00");
		assertThat(lineItems(second, "RECEIVABLES").get(0).at("/date").asString()).isEqualTo("2026-03-11");
		assertThat(second.at("/opening").decimalValue()).isEqualByComparingTo("6306.00");
		assertThat(second.at("/closing").decimalValue()).isEqualByComparingTo("7506.00");
		assertThat(outlook.at("/fxEstimated").asBoolean()).isTrue();
	}

	@Test
	void theNotesNameTheEarlierRateAndWhatCouldNotBeConverted() throws Exception {
		JsonNode notes = outlook("asOf=" + AS_OF).at("/notes");

		assertThat(notes.at("/rates/0/currency").asString()).isEqualTo("USD");
		assertThat(notes.at("/rates/0/rateDate").asString()).isEqualTo("2026-02-27");
		assertThat(notes.at("/rates/0/earlierRate").asBoolean()).isTrue();
		assertThat(notes.at("/unconverted/0/item").asString()).isEqualTo("recurring outflow Duty");
		assertThat(notes.at("/unconverted/0/currency").asString()).isEqualTo("EUR");
		assertThat(notes.at("/channelsOnDefaultPayoutPlan")).isEmpty();
		assertThat(notes.at("/approvedPurchasesNote").asString()).contains("approved");
	}

	@Test
	void everyWeekClosesAtItsOpeningPlusItsLinesAndOpensAtThePreviousClosing() throws Exception {
		JsonNode weeks = outlook("asOf=" + AS_OF).at("/outlook/weeks");

		assertThat(weeks).hasSize(13);
		java.math.BigDecimal previous = null;
		for (JsonNode week : weeks) {
			java.math.BigDecimal sum = week.at("/opening").decimalValue();
			for (JsonNode line : week.at("/lines")) {
				sum = sum.add(line.at("/amount").decimalValue());
			}
			assertThat(week.at("/closing").decimalValue()).isEqualByComparingTo(sum);
			if (previous != null) {
				assertThat(week.at("/opening").decimalValue()).isEqualByComparingTo(previous);
			}
			previous = week.at("/closing").decimalValue();
		}
	}

	@Test
	void aNewBillChangesTheCachedOutlook() throws Exception {
		LocalDate asOf = AS_OF.plusDays(1);
		java.math.BigDecimal before = outlook("asOf=" + asOf).at("/outlook/weeks/0/closing").decimalValue();
		assertThat(outlook("asOf=" + asOf).at("/outlook/weeks/0/closing").decimalValue()).isEqualByComparingTo(before);

		new OutlookLedger(this.wire, TENANT).invoice(InvoiceType.ACCPAY, "BILL-3", "s-1", LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 4), "12.34", "12.34", "GBP");

		await().untilAsserted(() -> assertThat(outlook("asOf=" + asOf).at("/outlook/weeks/0/closing").decimalValue())
			.isEqualByComparingTo(before.subtract(new java.math.BigDecimal("12.34"))));
	}

	@Test
	void approvedSuggestionsAreApprovedPurchasesAndRejectedOrExecutedOnesAreInNeitherLine() throws Exception {
		String tenant = "0c7100c0-0000-4000-8000-000000000002";
		LocalDate arrival = AS_OF.plusDays(1);
		// REC-A's approval arrives before the recommendation itself: it is kept.
		new OutlookLedger(this.wire, tenant).tenant("GBP")
			.bank("B1", CashDirection.IN, "1000.00", "GBP", AS_OF.minusDays(5))
			.suggestionStatus("REC-A", "GIN-70", SuggestionStatusChanged.APPROVED)
			.recommendation("REC-A", "GIN-70", arrival, "40.00")
			.recommendation("REC-B", "RUM-70", arrival, "30.00")
			.suggestionStatus("REC-B", "RUM-70", SuggestionStatusChanged.REJECTED)
			.recommendation("REC-C", "VODKA-70", arrival, "20.00")
			.suggestionStatus("REC-C", "VODKA-70", SuggestionStatusChanged.AWAITING_APPROVAL)
			.recommendation("REC-D", "WHISKY-70", arrival, "10.00")
			.recommendation("REC-E", "LIQUEUR-70", arrival, "5.00")
			.suggestionStatus("REC-E", "LIQUEUR-70", SuggestionStatusChanged.EXECUTED);

		await().untilAsserted(() -> {
			JsonNode weeks = outlook(tenant, "asOf=" + AS_OF).at("/outlook/weeks");
			assertThat(references(weeks, "APPROVED_PURCHASES")).containsExactly("REC-A");
			assertThat(references(weeks, "SUGGESTED_PURCHASES")).containsExactlyInAnyOrder("REC-C", "REC-D");
		});
	}

	@Test
	void anAsOfOutsideTheSupportedDatesIsABadRequestNamingIt() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/analytics/v1/cash/outlook?asOf=1999-12-31").header("Authorization",
					TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(this.jsonMapper.readTree(result.getResponse().getContentAsString()).at("/errors/0/field").asString())
			.isEqualTo("asOf");
	}

	@Test
	void aTenantAnalyticsHasNotHeardOfYetIsToldToRetry() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/analytics/v1/cash/outlook").header("Authorization",
					TestTokens.bearer(TestTokens.user("0c7100c0-0000-4000-8000-0000000000ff", Role.VIEWER))))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

	private JsonNode outlook(String query) throws Exception {
		return outlook(TENANT, query);
	}

	private JsonNode outlook(String tenant, String query) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/analytics/v1/cash/outlook?" + query).header("Authorization",
					TestTokens.bearer(TestTokens.user(tenant, Role.VIEWER))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return this.jsonMapper.readTree(result.getResponse().getContentAsString());
	}

	private static java.math.BigDecimal line(JsonNode week, String category, String label) {
		for (JsonNode line : week.at("/lines")) {
			if (line.at("/category").asString().equals(category) && line.at("/label").asString().equals(label)) {
				return line.at("/amount").decimalValue();
			}
		}
		throw new AssertionError("No line " + category + " " + label + " in " + week);
	}

	/** The references of a category's items over every week. */
	private static List<String> references(JsonNode weeks, String category) {
		List<String> references = new ArrayList<>();
		for (JsonNode week : weeks) {
			for (JsonNode line : week.at("/lines")) {
				if (line.at("/category").asString().equals(category)) {
					line.at("/items").forEach((item) -> references.add(item.at("/reference").asString()));
				}
			}
		}
		return references;
	}

	private static JsonNode lineItems(JsonNode week, String category) {
		for (JsonNode line : week.at("/lines")) {
			if (line.at("/category").asString().equals(category)) {
				return line.at("/items");
			}
		}
		throw new AssertionError("No line " + category);
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?")
			.param(TENANT)
			.query(Integer.class)
			.single();
	}

}
