package io.sentia.analytics.cash.scenario;

import java.math.BigDecimal;
import java.util.List;

import io.sentia.analytics.cash.CashFlow;
import io.sentia.analytics.cash.scenario.SuggestedPurchaseChange.Action;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import static io.sentia.analytics.cash.CashOutlookEngineTests.date;
import static io.sentia.analytics.cash.CashOutlookEngineTests.handComputedInput;
import static io.sentia.analytics.cash.CashOutlookEngineTests.money;
import static org.assertj.core.api.Assertions.assertThat;

class ScenarioValidatorTests {

	@Test
	void acceptsAScenarioWithinEveryBound() {
		Scenario scenario = new Scenario(new BigDecimal("-100"), new BigDecimal("100"), 365, -365,
				List.of(new SuggestedPurchaseChange("SUG-1", Action.DELAY, -365)),
				List.of(new ExtraCashLine("Equipment", date("2027-03-07"), money("0.01"), CashFlow.OUT)));

		assertThat(ScenarioValidator.validate(scenario, handComputedInput())).isEmpty();
		assertThat(ScenarioValidator.validate(Scenario.NONE, handComputedInput())).isEmpty();
	}

	@Test
	void namesEveryFieldOutOfBounds() {
		Scenario scenario = new Scenario(new BigDecimal("1000.01"), new BigDecimal("-100.5"), 366, -366, null, null);

		assertThat(ScenarioValidator.validate(scenario, handComputedInput())).containsExactly(
				new InvalidField("demandChangePercent", "must be between -100 and 1000"),
				new InvalidField("monthlyGrowthPercent", "must be between -100 and 100"),
				new InvalidField("customersPayLaterDays", "must be between -365 and 365"),
				new InvalidField("supplierTermsChangeDays", "must be between -365 and 365"));
	}

	@Test
	void namesUnknownRepeatedAndIncompletePurchaseChanges() {
		Scenario scenario = new Scenario(null, null, null, null,
				List.of(new SuggestedPurchaseChange("PO-1", Action.DROP, null),
						new SuggestedPurchaseChange("SUG-1", Action.DELAY, null),
						new SuggestedPurchaseChange("SUG-1", null, null),
						new SuggestedPurchaseChange(" ", Action.DROP, 3)),
				null);

		assertThat(ScenarioValidator.validate(scenario, handComputedInput())).containsExactly(
				new InvalidField("suggestedPurchaseChanges[0].id",
						"must name a suggested purchase of the outlook; 'PO-1' is not one"),
				new InvalidField("suggestedPurchaseChanges[1].delayDays", "must be given to delay a purchase"),
				new InvalidField("suggestedPurchaseChanges[2].id", "must not be changed twice in one scenario"),
				new InvalidField("suggestedPurchaseChanges[2].action", "must be DELAY or DROP"),
				new InvalidField("suggestedPurchaseChanges[3].id", "must not be blank"), new InvalidField(
						"suggestedPurchaseChanges[3].delayDays", "must be empty when the purchase is dropped"));
	}

	@Test
	void namesEveryFieldOfABadExtraLine() {
		Scenario scenario = new Scenario(null, null, null, null, null,
				List.of(new ExtraCashLine("", date("2027-03-08"), money("0.001"), null),
						new ExtraCashLine("x".repeat(101), date("2026-12-06"), money("-5"), CashFlow.IN),
						new ExtraCashLine("Grant", null, null, CashFlow.IN)));

		assertThat(ScenarioValidator.validate(scenario, handComputedInput())).containsExactly(
				new InvalidField("extraLines[0].label", "must not be blank"),
				new InvalidField("extraLines[0].date", "must be within the outlook, 2026-12-07 to 2027-03-07"),
				new InvalidField("extraLines[0].amount", "must have at most 2 decimal places"),
				new InvalidField("extraLines[0].direction", "must be IN or OUT"),
				new InvalidField("extraLines[1].label", "must be at most 100 characters"),
				new InvalidField("extraLines[1].date", "must be within the outlook, 2026-12-07 to 2027-03-07"),
				new InvalidField("extraLines[1].amount", "must be greater than 0 and at most 1000000000000"),
				new InvalidField("extraLines[2].date", "must not be null"),
				new InvalidField("extraLines[2].amount", "must not be null"));
	}

	@Test
	void namesNullEntriesAClientSent() {
		Scenario scenario = new Scenario(null, null, null, null,
				java.util.Arrays.asList((SuggestedPurchaseChange) null), java.util.Arrays.asList((ExtraCashLine) null));

		assertThat(ScenarioValidator.validate(scenario, handComputedInput())).containsExactly(
				new InvalidField("suggestedPurchaseChanges[0]", "must not be null"),
				new InvalidField("extraLines[0]", "must not be null"));
	}

	@Test
	void refusesPercentagesWithTooManyDecimalPlaces() {
		Scenario scenario = new Scenario(new BigDecimal("1E-7"), null, null, null, null, null);

		assertThat(ScenarioValidator.validate(scenario, handComputedInput()))
			.containsExactly(new InvalidField("demandChangePercent", "must have at most 4 decimal places"));
	}

	@Test
	void theErrorsAreWhatServiceKitAnswersAs400() {
		Scenario scenario = new Scenario(new BigDecimal("-101"), null, 400, null, null, null);

		ProblemDetail problem = ApiProblemException
			.invalidFields(ScenarioValidator.validate(scenario, handComputedInput()))
			.toProblemDetail();

		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getProperties()).containsEntry("errors",
				List.of(new InvalidField("demandChangePercent", "must be between -100 and 1000"),
						new InvalidField("customersPayLaterDays", "must be between -365 and 365")));
	}

}
