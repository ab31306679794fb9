package io.sentia.devstack;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static io.sentia.devstack.E2EPlatform.FROM;
import static io.sentia.devstack.E2EPlatform.JSON;
import static io.sentia.devstack.E2EPlatform.TO;
import static io.sentia.devstack.E2EPlatform.eventually;
import static io.sentia.devstack.E2EPlatform.partnerGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sales KPIs, the cash outlook, scenarios and the shortfall alert of the demo tenant
 * through the gateway, as a partner, a viewer and a manager use them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(5)
class AnalyticsE2ETests {

	private static final String SALES = "/api/analytics/v1/sales?from=" + FROM + "&to=" + TO + "&groupBy=channel";

	private static final String CASH = "/api/analytics/v1/cash";

	@Test
	@Order(1)
	void aPartnerAndAViewerReadTheDemoTenantsSalesConvertedToItsBaseCurrency() throws Exception {
		E2EPlatform.awaitDemoLoaded();
		// Every currency converts once the demo rates are written (a few seconds after
		// the tenant is known).
		JsonNode sales = eventually(Duration.ofMinutes(3), () -> {
			HttpResponse<String> response = partnerGet(SALES);
			if (response.statusCode() != 200) {
				return null;
			}
			JsonNode report = JSON.readTree(response.body());
			boolean allConverted = report.path("conversion")
				.valueStream()
				.allMatch((currency) -> currency.path("unconverted").decimalValue().signum() == 0);
			return (allConverted && report.at("/totals/current/totals/orders").asLong() > 0) ? report : null;
		});

		assertThat(sales.path("baseCurrency").asString()).isEqualTo("GBP");
		Map<String, BigDecimal> byCurrency = new HashMap<>();
		sales.at("/totals/current/totals/revenueByCurrency")
			.properties()
			.forEach((entry) -> byCurrency.put(entry.getKey(), entry.getValue().decimalValue().stripTrailingZeros()));
		Map<String, BigDecimal> revenue = new HashMap<>();
		E2EPlatform.revenue("channel")
			.forEach((key, amount) -> revenue.merge(key.substring(key.indexOf(':') + 1), amount, BigDecimal::add));
		revenue.replaceAll((currency, amount) -> amount.stripTrailingZeros());
		assertThat(byCurrency).as("the sales KPIs and the revenue report read the same orders").isEqualTo(revenue);
		BigDecimal rows = sales.path("rows")
			.valueStream()
			.map((row) -> row.at("/current/totals/revenue").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(rows).as("channels add up to the total")
			.isEqualByComparingTo(sales.at("/totals/current/totals/revenue").decimalValue());

		HttpResponse<String> viewer = E2EPlatform.signedIn("viewer").get(SALES);
		assertThat(viewer.statusCode()).as(viewer.body()).isEqualTo(200);
		assertThat(JSON.readTree(viewer.body()).at("/totals/current/totals/revenue").decimalValue())
			.isEqualByComparingTo(sales.at("/totals/current/totals/revenue").decimalValue());
	}

	@Test
	@Order(2)
	void theCashOutlookChainsThirteenWeeksAndAManagerSavesAScenarioAViewerCanRead() throws Exception {
		HttpResponse<String> response = partnerGet(CASH + "/outlook");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode> weeks = JSON.readTree(response.body()).at("/outlook/weeks").valueStream().toList();
		assertThat(weeks).hasSize(13);
		for (int week = 1; week < weeks.size(); week++) {
			assertThat(weeks.get(week).path("opening").decimalValue())
				.isEqualByComparingTo(weeks.get(week - 1).path("closing").decimalValue());
		}

		BrowserSession manager = E2EPlatform.signedIn("manager");
		HttpResponse<String> saved = manager.send("POST", CASH + "/scenarios",
				"{\"name\": \"E2E demand up 10%\", \"scenario\": {\"demandChangePercent\": 10}}");
		assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);

		HttpResponse<String> listed = E2EPlatform.signedIn("viewer").get(CASH + "/scenarios");
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		assertThat(listed.body()).contains("E2E demand up 10%");
	}

	@Test
	@Order(3)
	void aShortfallRaisesOneAlertOnAlertsNotOnePerRecomputation() throws Exception {
		BrowserSession manager = E2EPlatform.signedIn("manager");
		// No demo business keeps a hundred million in the bank: every week falls short.
		// The same PUT again while the route's breaker is open (503) sets the same value.
		HttpResponse<String> raised = eventually(Duration.ofMinutes(1), () -> {
			HttpResponse<String> answer = manager.send("PUT", CASH + "/settings", "{\"minimumCash\": 100000000.00}");
			return (answer.statusCode() == 503) ? null : answer;
		});
		assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
		eventually(Duration.ofMinutes(2), () -> (shortfallAlerts() == 1) ? true : null);

		// The data changes, the outlook is recomputed, the episode goes on: no new alert.
		HttpResponse<String> changed = manager.send("PUT", CASH + "/settings", "{\"minimumCash\": 100000001.00}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		await().during(Duration.ofSeconds(25)).atMost(Duration.ofSeconds(40)).until(() -> shortfallAlerts() == 1);
	}

	private static long shortfallAlerts() {
		return KafkaProbe.allRecords("alerts.v1")
			.stream()
			.filter((record) -> E2EPlatform.DEMO_TENANT.equals(header(record, "ce_tenant")))
			.filter((record) -> record.value().contains("\"kind\":\"cash_shortfall\""))
			.count();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
