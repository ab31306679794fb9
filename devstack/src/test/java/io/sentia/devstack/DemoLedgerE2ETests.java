package io.sentia.devstack;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import io.sentia.events.InvoiceType;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.demo.DemoLedger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import static io.sentia.devstack.E2EPlatform.partnerGet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo tenant's numbers as analytics answers them through the gateway (as the demo
 * reporting partner) against the same numbers recomputed here from the demo generator's
 * own ledger ({@link DemoLedgerFigures}: the dataset regenerated in-process with the
 * running platform's spec), to the cent: sales KPIs of three periods of two ranges,
 * receivables and payables ageing buckets in total, per contact and per currency, DSO,
 * DPO, DIO and the CCC with their inputs, the liquidity balance items, and the first week
 * of the cash outlook line by line and item by item.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(6)
class DemoLedgerE2ETests {

	private static final String ANALYTICS = "/api/analytics/v1";

	/** How long analytics may still be consuming the ledger after it was published. */
	private static final Duration SETTLE = Duration.ofMinutes(3);

	/** Reads money as the decimals they are, never through a double. */
	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static DemoLedgerFigures ledger;

	private static LocalDate lastDay;

	/**
	 * The last day whose orders are the generator's alone: the dataset's last day, or the
	 * day before the orders other scenarios publish straight to Kafka (dated inside the
	 * dataset; the demo order endpoint's are dated today, after it).
	 */
	private static LocalDate ledgerOnlyTo;

	private static LocalDate today;

	private static String baseCurrency;

	@BeforeAll
	static void regenerateTheDemoLedger() throws Exception {
		JsonNode dataset = E2EPlatform.awaitDemoLoaded();
		long seed = dataset.path("seed").asLong();
		LocalDate firstDay = LocalDate.parse(dataset.path("firstDay").asString());
		lastDay = LocalDate.parse(dataset.path("lastDay").asString());
		LocalDate directOrders = Instant.parse(KafkaProbe.DIRECT_ORDERS_ORDERED_AT)
			.atZone(ZoneOffset.UTC)
			.toLocalDate();
		ledgerOnlyTo = directOrders.isAfter(lastDay) ? lastDay : directOrders.minusDays(1);
		assertThat(DemoLedger.datasetId(seed, firstDay, lastDay)).as("the platform runs this generator version")
			.isEqualTo(dataset.path("datasetId").asString());
		List<SentiaEvent> events = DemoLedger.events(E2EPlatform.DEMO_TENANT, seed, firstDay, lastDay);
		assertThat(events).hasSize(dataset.path("events").asInt());
		today = LocalDate.now(ZoneOffset.UTC);

		// The rates are the tenant's data (the demo rates analytics writes), read as any
		// partner reads them; the conversions with them are done here.
		JsonNode rates = E2EPlatform.eventually(SETTLE, () -> {
			JsonNode answer = ok(ANALYTICS + "/fx-rates?from=" + firstDay + "&to=" + today);
			boolean todays = answer.path("rates")
				.valueStream()
				.anyMatch((rate) -> rate.path("date").asString().equals(today.toString()));
			return todays ? answer : null;
		});
		baseCurrency = ok(ANALYTICS + "/sales?from=" + lastDay + "&to=" + lastDay + "&groupBy=total")
			.path("baseCurrency")
			.asString();
		Map<String, NavigableMap<LocalDate, BigDecimal>> table = new HashMap<>();
		for (JsonNode rate : rates.path("rates")) {
			assertThat(rate.path("base").asString()).as("every rate is quoted from the base currency: %s", rate)
				.isEqualTo(baseCurrency);
			table.computeIfAbsent(rate.path("quote").asString(), (quote) -> new TreeMap<>())
				.put(LocalDate.parse(rate.path("date").asString()), new BigDecimal(rate.path("rate").asString()));
		}
		ledger = new DemoLedgerFigures(events, baseCurrency, table);
	}

	@Test
	@Order(1)
	void salesKpisOfTheLastYearAndTheLastMonthEqualTheGeneratorsOrders() throws Exception {
		// The dataset's last year and last month, up to the last day holding the
		// generator's orders alone.
		for (LocalDate from : List.of(ledgerOnlyTo.minusDays(364), ledgerOnlyTo.withDayOfMonth(1))) {
			long days = ChronoUnit.DAYS.between(from, ledgerOnlyTo) + 1;
			Map<String, DemoLedgerFigures.Sales> periods = Map.of("current", ledger.sales(from, ledgerOnlyTo),
					"previous", ledger.sales(from.minusDays(days), from.minusDays(1)), "lastYear",
					ledger.sales(from.minusYears(1), ledgerOnlyTo.minusYears(1)));
			settled("sales " + from + ".." + ledgerOnlyTo, () -> {
				JsonNode totals = ok(ANALYTICS + "/sales?from=" + from + "&to=" + ledgerOnlyTo + "&groupBy=total")
					.path("totals");
				Mismatches mismatches = new Mismatches();
				periods.forEach((period, expected) -> {
					JsonNode kpis = totals.path(period);
					String name = from + ".." + ledgerOnlyTo + " " + period;
					JsonNode figures = kpis.path("totals");
					mismatches.money(name + " revenue", expected.revenue(), figures.path("revenue"));
					expected.revenueByCurrency()
						.forEach((currency, amount) -> mismatches.money(name + " revenue in " + currency, amount,
								figures.path("revenueByCurrency").path(currency)));
					mismatches.equal(name + " currencies", expected.revenueByCurrency().keySet(),
							names(figures.path("revenueByCurrency")));
					mismatches.equal(name + " orders", expected.orders(), figures.path("orders").asLong());
					mismatches.equal(name + " units", expected.units(), figures.path("units").asLong());
					mismatches.equal(name + " cancellations", expected.cancelledOrders(),
							figures.path("cancellations").asLong());
					mismatches.money(name + " revenue with a known cost", expected.revenueWithCost(),
							figures.path("revenueWithCost"));
					mismatches.money(name + " gross margin", expected.grossMargin(), figures.path("grossMargin"));
					mismatches.money(name + " average order value", expected.averageOrderValue(),
							kpis.path("averageOrderValue").path("value"));
					mismatches.money(name + " gross margin %", expected.grossMarginPercent(),
							kpis.path("grossMarginPercent").path("value"));
				});
				mismatches.equal("refunded orders", periods.get("current").refundedOrders(),
						totals.path("refundedOrders").asLong());
				return mismatches;
			});
		}
	}

	@Test
	@Order(2)
	void receivablesAndPayablesAgeingTodayEqualTheGeneratorsOpenInvoicesAndBills() throws Exception {
		for (InvoiceType type : InvoiceType.values()) {
			DemoLedgerFigures.Ageing expected = ledger.ageing(type, today);
			String path = (type == InvoiceType.ACCREC) ? "/receivables/ageing" : "/payables/ageing";
			assertThat(expected.total().items).as("the demo leaves %s open", type).isPositive();
			settled(type + " ageing at " + today, () -> {
				JsonNode ageing = ok(ANALYTICS + path + "?asOf=" + today).path("ageing");
				Mismatches mismatches = new Mismatches();
				mismatches.buckets(type + " total", expected.total(), ageing.path("total"));
				Map<String, JsonNode> contacts = new TreeMap<>();
				ageing.path("contacts")
					.forEach((contact) -> contacts.put(contact.path("contact").path("contactId").asString(),
							contact.path("buckets")));
				mismatches.equal(type + " contacts", expected.byContact().keySet(), contacts.keySet());
				expected.byContact()
					.forEach((contact, buckets) -> mismatches.buckets(type + " contact " + contact, buckets,
							contacts.getOrDefault(contact, MissingNode.getInstance())));
				expected.byCurrency()
					.forEach((currency, buckets) -> mismatches.buckets(type + " in " + currency, buckets,
							ageing.path("totalByCurrency").path(currency)));
				mismatches.equal(type + " currencies", expected.byCurrency().keySet(),
						names(ageing.path("totalByCurrency")));
				return mismatches;
			});
		}
	}

	@Test
	@Order(3)
	void dsoDpoDioAndTheCashConversionCycleOfTheLastQuarterEqualTheGeneratorsLedger() throws Exception {
		// The working-capital endpoint has no default window (from and to are required):
		// the last 92 days holding the generator's orders alone.
		LocalDate from = ledgerOnlyTo.minusDays(91);
		DemoLedgerFigures.Cycle expected = ledger.cycle(from, ledgerOnlyTo);
		settled("working capital " + from + ".." + ledgerOnlyTo, () -> {
			JsonNode answer = ok(ANALYTICS + "/working-capital?from=" + from + "&to=" + ledgerOnlyTo);
			Map<String, JsonNode> metrics = new HashMap<>();
			answer.path("metrics").forEach((metric) -> metrics.put(metric.path("name").asString(), metric));
			Mismatches mismatches = new Mismatches();
			mismatches.equal("days", expected.days(), answer.path("days").asLong());
			mismatches.money("DSO", expected.dso(), metrics.get("DSO").at("/figure/value"));
			mismatches.money("DPO", expected.dpo(), metrics.get("DPO").at("/figure/value"));
			mismatches.money("DIO", expected.dio(), metrics.get("DIO").at("/figure/value"));
			mismatches.money("CCC", expected.ccc(), metrics.get("CCC").at("/figure/value"));
			mismatches.money("average receivables", expected.averageReceivables(),
					input(metrics.get("DSO"), "average receivables"));
			mismatches.money("credit sales", expected.creditSales(), input(metrics.get("DSO"), "credit sales"));
			mismatches.money("average payables", expected.averagePayables(),
					input(metrics.get("DPO"), "average payables"));
			mismatches.money("cost of goods sold", expected.costOfGoodsSold(),
					input(metrics.get("DPO"), "cost of goods sold"));
			mismatches.money("average inventory at cost", expected.averageInventoryAtCost(),
					input(metrics.get("DIO"), "average inventory at cost"));
			Map<String, JsonNode> items = new HashMap<>();
			answer.at("/liquidity/items").forEach((item) -> items.put(item.path("item").asString(), item));
			mismatches.money("receivables at " + ledgerOnlyTo, expected.receivablesAtEnd(),
					items.getOrDefault("RECEIVABLES", MissingNode.getInstance()).path("amount"));
			mismatches.money("payables at " + ledgerOnlyTo, expected.payablesAtEnd(),
					items.getOrDefault("PAYABLES", MissingNode.getInstance()).path("amount"));
			mismatches.money("inventory at cost at " + ledgerOnlyTo, expected.inventoryAtEnd(),
					items.getOrDefault("INVENTORY_AT_COST", MissingNode.getInstance()).path("amount"));
			return mismatches;
		});
	}

	@Test
	@Order(4)
	void theCashOutlooksFirstWeekEqualsTheGeneratorsLedgerLineByLine() throws Exception {
		JsonNode settings = ok(ANALYTICS + "/cash/settings").path("settings");
		Map<String, Integer> terms = new HashMap<>();
		settings.path("supplierTerms")
			.forEach((supplier) -> terms.put(supplier.path("supplierId").asString(), supplier.path("days").asInt()));
		DemoLedgerFigures.Week expected = ledger.firstWeek(today, terms,
				settings.path("defaultSupplierTermsDays").asInt(30));
		assertThat(settings.path("recurringOutflows").size()).as("the demo tenant configures no recurring outflow")
			.isZero();
		assertThat(settings.path("payoutPlans").size())
			.as("the demo tenant configures no payout plan: the documented defaults apply")
			.isZero();
		// Forecast payouts and suggested purchases are not in the generator's ledger:
		// they
		// come from the forecasting run, so they are recomputed from what forecasting
		// published on its topics, with the generator's prices and the default plans.
		Map<String, Map<String, DemoLedgerFigures.Item>> payouts = ledger.forecastPayouts(today, publishedForecasts());
		Map<String, DemoLedgerFigures.Item> suggested = ledger.suggestedPurchases(today, publishedRecommendations(),
				terms, settings.path("defaultSupplierTermsDays").asInt(30));
		settled("cash outlook week 1 from " + today, () -> {
			JsonNode outlook = ok(ANALYTICS + "/cash/outlook?asOf=" + today).path("outlook");
			JsonNode week = outlook.path("weeks").path(0);
			Mismatches mismatches = new Mismatches();
			mismatches.equal("week 1 starts", today.toString(), week.path("start").asString());
			mismatches.money("opening cash", expected.opening(), outlook.path("openingBalance"));
			mismatches.money("week 1 opening", expected.opening(), week.path("opening"));
			Map<String, JsonNode> lines = new HashMap<>();
			week.path("lines").forEach((line) -> lines.merge(line.path("category").asString(), line, (a, b) -> a));
			mismatches.items("receivables", expected.receivables(), lines.get("RECEIVABLES"));
			mismatches.items("bills", expected.bills(), lines.get("PAYABLES"));
			mismatches.items("purchase orders", expected.purchaseOrders(), lines.get("PURCHASE_ORDERS"));
			List<JsonNode> payoutLines = week.path("lines")
				.valueStream()
				.filter((line) -> line.path("category").asString().equals("FORECAST_PAYOUTS"))
				.toList();
			Map<String, JsonNode> byChannel = new TreeMap<>();
			payoutLines.forEach((line) -> byChannel.put(line.path("label").asString(), line));
			payouts.forEach((channel, items) -> {
				if (!items.isEmpty() || byChannel.containsKey(channel)) {
					mismatches.items("forecast payouts " + channel, items, byChannel.get(channel));
				}
			});
			byChannel.forEach((channel, line) -> {
				if (!payouts.containsKey(channel)) {
					mismatches.money("forecast payouts " + channel, BigDecimal.ZERO, line.path("amount"));
				}
			});
			mismatches.items("suggested purchases", suggested, lines.get("SUGGESTED_PURCHASES"));
			// Nothing the ledger or the settings hold moves in these lines.
			for (String none : List.of("APPROVED_PURCHASES", "RECURRING_OUTFLOWS", "ONE_OFF_INFLOWS",
					"ONE_OFF_OUTFLOWS")) {
				week.path("lines")
					.valueStream()
					.filter((line) -> line.path("category").asString().equals(none))
					.forEach((line) -> mismatches.money(none, BigDecimal.ZERO, line.path("amount")));
			}
			BigDecimal lineSum = week.path("lines")
				.valueStream()
				.map((line) -> decimal(line.path("amount")))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			mismatches.money("week 1 closing = opening + lines", expected.opening().add(lineSum), week.path("closing"));
			return mismatches;
		});
	}

	/** A decimal written as a JSON number or string; {@code null} for anything else. */
	private static BigDecimal decimal(JsonNode node) {
		if (node.isNumber()) {
			return node.decimalValue();
		}
		return node.isString() ? new BigDecimal(node.asString()) : null;
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : "none";
	}

	/** The demo tenant's forecasts as forecasting published them. */
	private static List<DemoLedgerFigures.PublishedForecast> publishedForecasts() {
		List<DemoLedgerFigures.PublishedForecast> forecasts = new ArrayList<>();
		for (ConsumerRecord<String, String> record : KafkaProbe.allRecords("forecasting.forecasts.v1")) {
			if (!E2EPlatform.DEMO_TENANT.equals(header(record, "ce_tenant"))
					|| !"sentia.forecasting.forecast.published.v1".equals(header(record, "ce_type"))) {
				continue;
			}
			JsonNode forecast = JSON.readTree(record.value());
			List<DemoLedgerFigures.ForecastPoint> points = new ArrayList<>();
			forecast.path("points")
				.forEach((point) -> points.add(new DemoLedgerFigures.ForecastPoint(
						LocalDate.parse(point.path("periodStart").asString()), point.path("quantity").doubleValue())));
			forecasts.add(new DemoLedgerFigures.PublishedForecast(forecast.at("/series/sku").asString(),
					forecast.at("/series/channel").asString(), forecast.at("/series/region").asString(),
					forecast.path("granularity").asString(), Instant.parse(forecast.path("generatedAt").asString()),
					points));
		}
		return forecasts;
	}

	/** The demo tenant's reorder recommendations as forecasting published them. */
	private static List<DemoLedgerFigures.Recommendation> publishedRecommendations() {
		List<DemoLedgerFigures.Recommendation> recommendations = new ArrayList<>();
		for (ConsumerRecord<String, String> record : KafkaProbe.allRecords("forecasting.recommendations.v1")) {
			if (!E2EPlatform.DEMO_TENANT.equals(header(record, "ce_tenant"))
					|| !"sentia.forecasting.reorder.recommended.v1".equals(header(record, "ce_type"))) {
				continue;
			}
			JsonNode recommendation = JSON.readTree(record.value());
			JsonNode cost = recommendation.path("estimatedCost");
			recommendations.add(new DemoLedgerFigures.Recommendation(recommendation.path("recommendationId").asString(),
					recommendation.path("sku").asString(), recommendation.path("locationId").asString(),
					recommendation.at("/supplier/supplierId").asString(null),
					LocalDate.parse(recommendation.path("expectedArrival").asString()),
					cost.isObject() ? decimal(cost.path("amount")) : null,
					cost.isObject() ? cost.path("currency").asString() : null,
					Instant.parse(recommendation.path("generatedAt").asString())));
		}
		return recommendations;
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.properties().forEach((entry) -> names.add(entry.getKey()));
		return names;
	}

	private static JsonNode input(JsonNode metric, String name) {
		return metric.path("inputs")
			.valueStream()
			.filter((input) -> input.path("name").asString().equals(name))
			.findFirst()
			.map((input) -> input.at("/figure/value"))
			.orElse(MissingNode.getInstance());
	}

	/** A 200 answer's body, else an assertion error with the answer. */
	private static JsonNode ok(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = partnerGet(path);
		assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/**
	 * Compares until analytics has consumed the whole ledger (or {@link #SETTLE} passed),
	 * then asserts there is no difference left, listing every one.
	 */
	private static void settled(String what, Callable<Mismatches> comparison) throws Exception {
		long deadline = System.nanoTime() + SETTLE.toNanos();
		Mismatches last = attempt(comparison);
		while (!last.found.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(2000);
			last = attempt(comparison);
		}
		assertThat(last.found).as("%s: the API against the generator's ledger", what).isEmpty();
	}

	/**
	 * One comparison; an answer other than 200 (a gateway timeout under load) is "not
	 * yet".
	 */
	private static Mismatches attempt(Callable<Mismatches> comparison) throws Exception {
		try {
			return comparison.call();
		}
		catch (AssertionError ex) {
			Mismatches unanswered = new Mismatches();
			unanswered.found.add(ex.getMessage());
			return unanswered;
		}
	}

	/** Every difference between an expected figure and the API's, described. */
	private static final class Mismatches {

		private final List<String> found = new ArrayList<>();

		void money(String name, BigDecimal expected, JsonNode actual) {
			BigDecimal value = (actual != null) ? decimal(actual) : null;
			boolean same = (expected == null) ? value == null : value != null && expected.compareTo(value) == 0;
			if (!same) {
				this.found.add(name + ": ledger " + expected + ", API " + value);
			}
		}

		void equal(String name, Object expected, Object actual) {
			Object comparable = (actual instanceof java.util.Collection<?> collection)
					? new java.util.TreeSet<>(collection) : actual;
			Object expectedComparable = (expected instanceof java.util.Collection<?> collection)
					? new java.util.TreeSet<>(collection) : expected;
			if (!expectedComparable.equals(comparable)) {
				this.found.add(name + ": ledger " + expectedComparable + ", API " + comparable);
			}
		}

		void buckets(String name, DemoLedgerFigures.Buckets expected, JsonNode actual) {
			expected.named().forEach((bucket, amount) -> money(name + " " + bucket, amount, actual.path(bucket)));
			equal(name + " items", (long) expected.items, actual.path("items").asLong());
		}

		void items(String name, Map<String, DemoLedgerFigures.Item> expected, JsonNode line) {
			if (line == null) {
				// The outlook lists only lines that move somewhere in its 13 weeks.
				if (!expected.isEmpty()) {
					this.found.add(name + ": no such line in week 1, the ledger has " + expected);
				}
				return;
			}
			Map<String, String> actual = new TreeMap<>();
			line.path("items")
				.forEach((item) -> actual.put(item.path("reference").asString(),
						item.path("date").asString() + " " + plain(decimal(item.path("amount")))));
			Map<String, String> wanted = new TreeMap<>();
			expected.forEach((reference, item) -> wanted.put(reference, item.toString()));
			if (!wanted.equals(actual)) {
				Map<String, String> onlyLedger = new TreeMap<>(wanted);
				onlyLedger.entrySet().removeAll(actual.entrySet());
				Map<String, String> onlyApi = new TreeMap<>(actual);
				onlyApi.entrySet().removeAll(wanted.entrySet());
				this.found.add(name + " items: ledger only " + onlyLedger + ", API only " + onlyApi);
			}
			money(name + " line", DemoLedgerFigures.Week.sum(expected), line.path("amount"));
		}

	}

}
