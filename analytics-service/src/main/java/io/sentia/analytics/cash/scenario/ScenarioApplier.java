package io.sentia.analytics.cash.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.sentia.analytics.cash.CashOutlookInput;
import io.sentia.analytics.cash.ForecastSales;
import io.sentia.analytics.cash.OneOffLine;
import io.sentia.analytics.cash.OpenReceivable;
import io.sentia.analytics.cash.PayoutPlan;
import io.sentia.analytics.cash.PayoutSchedule;
import io.sentia.analytics.cash.PlannedPurchase;
import io.sentia.servicekit.errors.InvalidField;

/**
 * Applies a scenario to an outlook input: a pure function returning a changed copy, so
 * nothing stored is touched. A part of the scenario that changes nothing leaves its part
 * of the input as it was, so {@link Scenario#NONE} returns an equal input.
 */
public final class ScenarioApplier {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ScenarioApplier() {
	}

	/**
	 * Applies a scenario.
	 * @param base the input as stored data gives it
	 * @param scenario a scenario {@link ScenarioValidator} accepts for {@code base}
	 * @return the input the scenario describes
	 * @throws IllegalArgumentException if the scenario is not valid for {@code base}
	 */
	public static CashOutlookInput apply(CashOutlookInput base, Scenario scenario) {
		List<InvalidField> errors = ScenarioValidator.validate(scenario, base);
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException("Invalid scenario: " + errors);
		}
		CashOutlookInput input = demand(base, scenario);
		input = customersPayLater(input, days(scenario.customersPayLaterDays()));
		input = supplierTerms(input, days(scenario.supplierTermsChangeDays()));
		input = suggestedPurchases(input, scenario.suggestedPurchaseChanges());
		return extraLines(input, scenario.extraLines());
	}

	private static CashOutlookInput demand(CashOutlookInput input, Scenario scenario) {
		BigDecimal change = percent(scenario.demandChangePercent());
		BigDecimal growth = percent(scenario.monthlyGrowthPercent());
		if (change.signum() == 0 && growth.signum() == 0) {
			return input;
		}
		BigDecimal demand = BigDecimal.ONE.add(change);
		List<ForecastSales> changed = new ArrayList<>();
		for (ForecastSales sales : input.forecastSales()) {
			if (growth.signum() == 0) {
				changed.add(new ForecastSales(sales.channel(), sales.from(), sales.to(),
						sales.expectedRevenue().multiply(demand)));
			}
			else {
				changed.addAll(grown(sales, input.asOf(), demand, BigDecimal.ONE.add(growth)));
			}
		}
		return input.withForecastSales(changed);
	}

	/**
	 * Splits a forecast period at the month boundaries counted from the as-of date and
	 * scales each part by its month's growth; days before the as-of date are month 0.
	 */
	private static List<ForecastSales> grown(ForecastSales sales, LocalDate asOf, BigDecimal demand,
			BigDecimal monthly) {
		List<ForecastSales> parts = new ArrayList<>();
		BigDecimal days = BigDecimal.valueOf(sales.days());
		LocalDate from = sales.from();
		while (!from.isAfter(sales.to())) {
			int month = monthIndex(asOf, from);
			LocalDate monthEnd = asOf.plusMonths(month + 1L).minusDays(1);
			LocalDate to = monthEnd.isBefore(sales.to()) ? monthEnd : sales.to();
			long partDays = ChronoUnit.DAYS.between(from, to) + 1;
			BigDecimal factor = demand.multiply(monthly.pow(month, PRECISION), PRECISION);
			BigDecimal revenue = sales.expectedRevenue()
				.multiply(BigDecimal.valueOf(partDays))
				.divide(days, PRECISION)
				.multiply(factor, PRECISION);
			parts.add(new ForecastSales(sales.channel(), from, to, revenue));
			from = to.plusDays(1);
		}
		return parts;
	}

	/** The month, counted from the as-of date, a day falls in; 0 for days before it. */
	private static int monthIndex(LocalDate asOf, LocalDate day) {
		int month = 0;
		while (!asOf.plusMonths(month + 1L).isAfter(day)) {
			month++;
		}
		return month;
	}

	private static CashOutlookInput customersPayLater(CashOutlookInput input, int days) {
		if (days == 0) {
			return input;
		}
		Map<String, Integer> late = new HashMap<>(input.customerDaysLate());
		for (OpenReceivable invoice : input.receivables()) {
			late.putIfAbsent(invoice.contact(), 0);
		}
		late.replaceAll((contact, value) -> value + days);
		List<PayoutPlan> plans = input.payoutPlans()
			.stream()
			.map((plan) -> (plan.schedule() instanceof PayoutSchedule.NetTerms terms) ? plan
				.withSchedule(new PayoutSchedule.NetTerms(PayoutSchedule.NetTerms.bounded(terms.days() + days))) : plan)
			.toList();
		return input.withCustomerDaysLate(late).withPayoutPlans(plans);
	}

	private static CashOutlookInput supplierTerms(CashOutlookInput input, int days) {
		if (days == 0) {
			return input;
		}
		return input
			.withPurchaseOrders(input.purchaseOrders()
				.stream()
				.map((order) -> order.withSupplierTermsDays(order.supplierTermsDays() + days))
				.toList())
			.withApprovedPurchases(input.approvedPurchases()
				.stream()
				.map((purchase) -> purchase.withSupplierTermsDays(purchase.supplierTermsDays() + days))
				.toList())
			.withSuggestedPurchases(input.suggestedPurchases()
				.stream()
				.map((purchase) -> purchase.withSupplierTermsDays(purchase.supplierTermsDays() + days))
				.toList());
	}

	private static CashOutlookInput suggestedPurchases(CashOutlookInput input, List<SuggestedPurchaseChange> changes) {
		if (changes.isEmpty()) {
			return input;
		}
		Map<String, SuggestedPurchaseChange> byId = changes.stream()
			.collect(Collectors.toMap(SuggestedPurchaseChange::id, Function.identity()));
		List<PlannedPurchase> purchases = new ArrayList<>();
		for (PlannedPurchase purchase : input.suggestedPurchases()) {
			SuggestedPurchaseChange change = byId.get(purchase.id());
			if (change == null) {
				purchases.add(purchase);
			}
			else if (change.action() == SuggestedPurchaseChange.Action.DELAY) {
				purchases.add(purchase.delayedBy(change.delayDays()));
			}
		}
		return input.withSuggestedPurchases(purchases);
	}

	private static CashOutlookInput extraLines(CashOutlookInput input, List<ExtraCashLine> lines) {
		if (lines.isEmpty()) {
			return input;
		}
		List<OneOffLine> oneOffs = new ArrayList<>(input.oneOffLines());
		for (ExtraCashLine line : lines) {
			oneOffs.add(new OneOffLine(line.label(), line.date(), line.amount(), line.direction()));
		}
		return input.withOneOffLines(oneOffs);
	}

	private static BigDecimal percent(BigDecimal value) {
		return (value != null) ? value.divide(HUNDRED) : BigDecimal.ZERO;
	}

	private static int days(Integer value) {
		return (value != null) ? value : 0;
	}

}
