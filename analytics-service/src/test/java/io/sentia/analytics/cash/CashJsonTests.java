package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.util.List;

import io.sentia.analytics.cash.scenario.Scenario;
import io.sentia.analytics.cash.scenario.SuggestedPurchaseChange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records the API and the stored configuration carry read and write as plain JSON.
 */
class CashJsonTests {

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	@Test
	void payoutPlansNameTheirScheduleKind() {
		List<PayoutPlan> plans = List.of(
				new PayoutPlan("amazon", new BigDecimal("0.15"),
						new PayoutSchedule.Settlement(CashOutlookEngineTests.date("2026-11-30"), 14, 3,
								new BigDecimal("0.10"), 14)),
				new PayoutPlan("shopify", new BigDecimal("0.02"), new PayoutSchedule.Daily(3, true)),
				new PayoutPlan("wholesale", BigDecimal.ZERO, new PayoutSchedule.NetTerms(30)));

		String written = this.json.writeValueAsString(plans);
		PayoutPlan[] read = this.json.readValue(written, PayoutPlan[].class);

		assertThat(written).contains("\"kind\":\"settlement\"", "\"kind\":\"daily\"", "\"kind\":\"net_terms\"");
		assertThat(read).containsExactlyElementsOf(plans);
	}

	@Test
	void aScenarioReadsFromARequestBodyWithOnlyTheChangedParts() {
		Scenario scenario = this.json.readValue(
				"""
						{"demandChangePercent": -20.5, "suggestedPurchaseChanges": [{"id": "SUG-1", "action": "DELAY", "delayDays": 14}]}
						""",
				Scenario.class);

		assertThat(scenario).isEqualTo(new Scenario(new BigDecimal("-20.5"), null, null, null,
				List.of(new SuggestedPurchaseChange("SUG-1", SuggestedPurchaseChange.Action.DELAY, 14)), null));
	}

	@Test
	void anOutlookWritesItsWeeksAndLines() {
		String written = this.json
			.writeValueAsString(CashOutlookEngine.project(CashOutlookEngineTests.handComputedInput()));

		assertThat(written).contains("\"asOf\":\"2026-12-07\"", "\"closing\":8746.00",
				"\"category\":\"SUGGESTED_PURCHASES\"", "\"planned\":true",
				"\"channelsWithoutPayoutPlan\":[\"popup\"]");
	}

}
