package io.sentia.analytics.cash.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.sentia.analytics.cash.CashOutlookInput;
import io.sentia.analytics.cash.PlannedPurchase;
import io.sentia.servicekit.errors.InvalidField;

/**
 * Checks a scenario against the input it is to change and names every field to fix, in
 * service-kit's shape: an empty list means valid, otherwise the caller answers
 * {@code ApiProblemException.invalidFields(errors)} (400 problem+json).
 */
public final class ScenarioValidator {

	/** Lowest demand change: no sales at all. */
	public static final BigDecimal MIN_DEMAND_CHANGE = BigDecimal.valueOf(-100);

	/** Highest demand change: eleven times the forecast. */
	public static final BigDecimal MAX_DEMAND_CHANGE = BigDecimal.valueOf(1000);

	/** Lowest and highest monthly growth, in percent. */
	public static final BigDecimal MAX_MONTHLY_GROWTH = BigDecimal.valueOf(100);

	/** The largest shift of any date, in days, either way. */
	public static final int MAX_DAY_SHIFT = 365;

	/** Most suggested-purchase changes in one scenario. */
	public static final int MAX_PURCHASE_CHANGES = 1000;

	/** Most extra lines in one scenario. */
	public static final int MAX_EXTRA_LINES = 100;

	/** Longest label of an extra line. */
	public static final int MAX_LABEL_LENGTH = 100;

	/** Largest amount of an extra line. */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private static final int MAX_PERCENT_DECIMALS = 4;

	private ScenarioValidator() {
	}

	/**
	 * Checks a scenario.
	 * @param scenario the scenario as the client sent it
	 * @param base the input it would change
	 * @return what to fix, by field (JSON path of the scenario), empty when valid
	 */
	public static List<InvalidField> validate(Scenario scenario, CashOutlookInput base) {
		List<InvalidField> errors = new ArrayList<>();
		percent(errors, "demandChangePercent", scenario.demandChangePercent(), MIN_DEMAND_CHANGE, MAX_DEMAND_CHANGE);
		percent(errors, "monthlyGrowthPercent", scenario.monthlyGrowthPercent(), MAX_MONTHLY_GROWTH.negate(),
				MAX_MONTHLY_GROWTH);
		dayShift(errors, "customersPayLaterDays", scenario.customersPayLaterDays());
		dayShift(errors, "supplierTermsChangeDays", scenario.supplierTermsChangeDays());
		purchaseChanges(errors, scenario.suggestedPurchaseChanges(), base);
		extraLines(errors, scenario.extraLines(), base);
		return List.copyOf(errors);
	}

	private static void percent(List<InvalidField> errors, String field, BigDecimal value, BigDecimal min,
			BigDecimal max) {
		if (value == null) {
			return;
		}
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			errors.add(new InvalidField(field, "must be between " + min + " and " + max));
		}
		else if (value.stripTrailingZeros().scale() > MAX_PERCENT_DECIMALS) {
			errors.add(new InvalidField(field, "must have at most " + MAX_PERCENT_DECIMALS + " decimal places"));
		}
	}

	private static void dayShift(List<InvalidField> errors, String field, Integer days) {
		if (days != null && Math.abs((long) days) > MAX_DAY_SHIFT) {
			errors.add(new InvalidField(field, "must be between -" + MAX_DAY_SHIFT + " and " + MAX_DAY_SHIFT));
		}
	}

	private static void purchaseChanges(List<InvalidField> errors, List<SuggestedPurchaseChange> changes,
			CashOutlookInput base) {
		if (changes.size() > MAX_PURCHASE_CHANGES) {
			errors.add(new InvalidField("suggestedPurchaseChanges",
					"must hold at most " + MAX_PURCHASE_CHANGES + " changes"));
			return;
		}
		Set<String> known = base.suggestedPurchases().stream().map(PlannedPurchase::id).collect(Collectors.toSet());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < changes.size(); i++) {
			String path = "suggestedPurchaseChanges[" + i + "]";
			SuggestedPurchaseChange change = changes.get(i);
			if (change == null) {
				errors.add(new InvalidField(path, "must not be null"));
				continue;
			}
			if (change.id() == null || change.id().isBlank()) {
				errors.add(new InvalidField(path + ".id", "must not be blank"));
			}
			else if (!known.contains(change.id())) {
				errors.add(new InvalidField(path + ".id", "must name a suggested purchase of the outlook; '"
						+ abbreviated(change.id()) + "' is not one"));
			}
			else if (!seen.add(change.id())) {
				errors.add(new InvalidField(path + ".id", "must not be changed twice in one scenario"));
			}
			if (change.action() == null) {
				errors.add(new InvalidField(path + ".action", "must be DELAY or DROP"));
			}
			else if (change.action() == SuggestedPurchaseChange.Action.DELAY) {
				if (change.delayDays() == null) {
					errors.add(new InvalidField(path + ".delayDays", "must be given to delay a purchase"));
				}
				else {
					dayShift(errors, path + ".delayDays", change.delayDays());
				}
			}
			else if (change.delayDays() != null && change.delayDays() != 0) {
				errors.add(new InvalidField(path + ".delayDays", "must be empty when the purchase is dropped"));
			}
		}
	}

	private static void extraLines(List<InvalidField> errors, List<ExtraCashLine> lines, CashOutlookInput base) {
		if (lines.size() > MAX_EXTRA_LINES) {
			errors.add(new InvalidField("extraLines", "must hold at most " + MAX_EXTRA_LINES + " lines"));
			return;
		}
		for (int i = 0; i < lines.size(); i++) {
			String path = "extraLines[" + i + "]";
			ExtraCashLine line = lines.get(i);
			if (line == null) {
				errors.add(new InvalidField(path, "must not be null"));
				continue;
			}
			if (line.label() == null || line.label().isBlank()) {
				errors.add(new InvalidField(path + ".label", "must not be blank"));
			}
			else if (line.label().length() > MAX_LABEL_LENGTH) {
				errors.add(new InvalidField(path + ".label", "must be at most " + MAX_LABEL_LENGTH + " characters"));
			}
			if (line.date() == null) {
				errors.add(new InvalidField(path + ".date", "must not be null"));
			}
			else if (line.date().isBefore(base.asOf()) || line.date().isAfter(base.horizonEnd())) {
				errors.add(new InvalidField(path + ".date",
						"must be within the outlook, " + base.asOf() + " to " + base.horizonEnd()));
			}
			amount(errors, path + ".amount", line.amount());
			if (line.direction() == null) {
				errors.add(new InvalidField(path + ".direction", "must be IN or OUT"));
			}
		}
	}

	private static void amount(List<InvalidField> errors, String field, BigDecimal amount) {
		if (amount == null) {
			errors.add(new InvalidField(field, "must not be null"));
		}
		else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
			errors.add(new InvalidField(field, "must be greater than 0 and at most " + MAX_AMOUNT.toPlainString()));
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			errors.add(new InvalidField(field, "must have at most 2 decimal places"));
		}
	}

	/** Echoes a client's id back without letting a huge one fill the problem. */
	private static String abbreviated(String id) {
		return (id.length() <= 64) ? id : id.substring(0, 64) + "…";
	}

}
