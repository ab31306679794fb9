package io.sentia.analytics.outlook.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.sentia.servicekit.errors.InvalidField;

/**
 * Checks cash settings and names every field to fix, in service-kit's shape; an empty
 * list means valid.
 */
public final class CashSettingsValidator {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	static final int MAX_TERMS_DAYS = 365;

	static final int MAX_NAME_LENGTH = 100;

	static final int MAX_ENTRIES = 100;

	private CashSettingsValidator() {
	}

	/**
	 * Validates settings as a client sent them.
	 * @param settings the settings
	 * @return what to fix, by field
	 */
	public static List<InvalidField> validate(CashSettings settings) {
		List<InvalidField> errors = new ArrayList<>();
		if (settings.minimumCash() != null) {
			money(errors, "minimumCash", settings.minimumCash(), true);
		}
		days(errors, "defaultSupplierTermsDays", settings.defaultSupplierTermsDays(), -MAX_TERMS_DAYS, MAX_TERMS_DAYS,
				false);
		supplierTerms(errors, settings.supplierTerms());
		payoutPlans(errors, settings.payoutPlans());
		recurringOutflows(errors, settings.recurringOutflows());
		return errors;
	}

	private static void supplierTerms(List<InvalidField> errors, List<CashSettings.SupplierTerms> terms) {
		if (!size(errors, "supplierTerms", terms)) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < terms.size(); i++) {
			String path = "supplierTerms[" + i + "]";
			CashSettings.SupplierTerms entry = terms.get(i);
			if (entry == null) {
				errors.add(new InvalidField(path, "must not be null"));
				continue;
			}
			if (name(errors, path + ".supplierId", entry.supplierId()) && !seen.add(entry.supplierId())) {
				errors.add(new InvalidField(path + ".supplierId", "must not be listed twice"));
			}
			days(errors, path + ".days", entry.days(), -MAX_TERMS_DAYS, MAX_TERMS_DAYS, true);
		}
	}

	private static void payoutPlans(List<InvalidField> errors, List<PayoutPlanSetting> plans) {
		if (!size(errors, "payoutPlans", plans)) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < plans.size(); i++) {
			String path = "payoutPlans[" + i + "]";
			PayoutPlanSetting plan = plans.get(i);
			if (plan == null) {
				errors.add(new InvalidField(path, "must not be null"));
				continue;
			}
			if (name(errors, path + ".channel", plan.channel()) && !seen.add(plan.channel())) {
				errors.add(new InvalidField(path + ".channel", "must not have two payout plans"));
			}
			rate(errors, path + ".feeRate", plan.feeRate());
			schedule(errors, path + ".schedule", plan.schedule());
		}
	}

	private static void schedule(List<InvalidField> errors, String path, PayoutPlanSetting.ScheduleSetting schedule) {
		if (schedule == null) {
			errors.add(new InvalidField(path, "must not be null"));
			return;
		}
		String kind = schedule.normalisedKind();
		if (PayoutPlanSetting.ScheduleSetting.DAILY.equals(kind)) {
			days(errors, path + ".lagDays", schedule.lagDays(), 0, MAX_TERMS_DAYS, true);
		}
		else if (PayoutPlanSetting.ScheduleSetting.SETTLEMENT.equals(kind)) {
			if (schedule.anchor() == null) {
				errors.add(new InvalidField(path + ".anchor", "must be the first day of a settlement period"));
			}
			else if (schedule.anchor().getYear() < 2000 || schedule.anchor().getYear() > 2100) {
				errors.add(new InvalidField(path + ".anchor", "must be between 2000-01-01 and 2100-12-31"));
			}
			days(errors, path + ".periodDays", schedule.periodDays(), 1, 366, true);
			days(errors, path + ".payoutLagDays", schedule.payoutLagDays(), 0, MAX_TERMS_DAYS, true);
			rate(errors, path + ".reserveRate", schedule.reserveRate());
			days(errors, path + ".reserveHoldDays", schedule.reserveHoldDays(), 0, MAX_TERMS_DAYS, false);
		}
		else if (PayoutPlanSetting.ScheduleSetting.NET_TERMS.equals(kind)) {
			days(errors, path + ".days", schedule.days(), 0, MAX_TERMS_DAYS, true);
		}
		else {
			errors.add(new InvalidField(path + ".kind", "must be one of daily, settlement, net_terms"));
		}
	}

	private static void recurringOutflows(List<InvalidField> errors, List<RecurringOutflowSetting> outflows) {
		if (!size(errors, "recurringOutflows", outflows)) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < outflows.size(); i++) {
			String path = "recurringOutflows[" + i + "]";
			RecurringOutflowSetting outflow = outflows.get(i);
			if (outflow == null) {
				errors.add(new InvalidField(path, "must not be null"));
				continue;
			}
			if (name(errors, path + ".name", outflow.name()) && !seen.add(outflow.name().toLowerCase(Locale.ROOT))) {
				errors.add(new InvalidField(path + ".name", "must not be used by two recurring outflows"));
			}
			if (outflow.engineKind() == null) {
				errors.add(new InvalidField(path + ".kind", "must be one of payroll, rent, duty, tax, loan, other"));
			}
			if (outflow.amount() == null) {
				errors.add(new InvalidField(path + ".amount", "must not be null"));
			}
			else {
				money(errors, path + ".amount", outflow.amount(), false);
			}
			currency(errors, path + ".currency", outflow.currency());
			days(errors, path + ".dayOfMonth", outflow.dayOfMonth(), 1, 31, true);
		}
	}

	private static boolean size(List<InvalidField> errors, String field, List<?> values) {
		if (values == null) {
			return false;
		}
		if (values.size() > MAX_ENTRIES) {
			errors.add(new InvalidField(field, "must hold at most " + MAX_ENTRIES + " entries"));
			return false;
		}
		return true;
	}

	private static boolean name(List<InvalidField> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(new InvalidField(field, "must not be blank"));
			return false;
		}
		if (value.length() > MAX_NAME_LENGTH) {
			errors.add(new InvalidField(field, "must be at most " + MAX_NAME_LENGTH + " characters"));
			return false;
		}
		return true;
	}

	private static void money(List<InvalidField> errors, String field, BigDecimal amount, boolean zeroAllowed) {
		boolean tooLow = zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0;
		if (tooLow || amount.compareTo(MAX_AMOUNT) > 0) {
			errors.add(new InvalidField(field, (zeroAllowed ? "must be 0 or more" : "must be greater than 0")
					+ " and at most " + MAX_AMOUNT.toPlainString()));
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			errors.add(new InvalidField(field, "must have at most 2 decimal places"));
		}
	}

	private static void rate(List<InvalidField> errors, String field, BigDecimal rate) {
		if (rate == null) {
			return;
		}
		if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
			errors.add(new InvalidField(field, "must be between 0 and 1"));
		}
		else if (rate.stripTrailingZeros().scale() > 6) {
			errors.add(new InvalidField(field, "must have at most 6 decimal places"));
		}
	}

	private static void days(List<InvalidField> errors, String field, Integer value, int min, int max,
			boolean required) {
		if (value == null) {
			if (required) {
				errors.add(new InvalidField(field, "must not be null"));
			}
			return;
		}
		if (value < min || value > max) {
			errors.add(new InvalidField(field, "must be between " + min + " and " + max));
		}
	}

	private static void currency(List<InvalidField> errors, String field, String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			errors.add(new InvalidField(field, "must be an ISO-4217 code such as GBP"));
			return;
		}
		try {
			Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			errors.add(new InvalidField(field, "must be a known ISO-4217 currency; '" + code + "' is not one"));
		}
	}

}
