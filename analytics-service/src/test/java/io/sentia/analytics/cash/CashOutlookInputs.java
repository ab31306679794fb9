package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random outlook inputs for property tests: every kind of item, overdue and beyond the
 * horizon, amounts with more than two decimals, negative (credit) receivables and bills,
 * every payout schedule and a channel without one.
 */
public final class CashOutlookInputs {

	private static final LocalDate EARLIEST = LocalDate.parse("2026-01-01");

	private static final List<String> CONTACTS = List.of("Harrods", "Selfridges", "Fortnum", "Liberty");

	private static final List<String> CHANNELS = List.of("amazon", "shopify", "wholesale", "popup");

	private CashOutlookInputs() {
	}

	/**
	 * Any input.
	 * @return the arbitrary
	 */
	public static Arbitrary<CashOutlookInput> inputs() {
		return Arbitraries.integers().between(0, 730).map(EARLIEST::plusDays).flatMap(CashOutlookInputs::asOf);
	}

	/**
	 * Inputs with at least one suggested purchase.
	 * @return the arbitrary
	 */
	public static Arbitrary<CashOutlookInput> inputsWithSuggestedPurchases() {
		return inputs().filter((input) -> !input.suggestedPurchases().isEmpty());
	}

	private static Arbitrary<CashOutlookInput> asOf(LocalDate asOf) {
		Arbitrary<CashOutlookInput> core = Combinators
			.combine(money(-50_000, 200_000, 4), money(0, 50_000, 2), receivables(asOf), daysLate(), payables(asOf),
					purchaseOrders(asOf), sales(asOf), payoutPlans(asOf))
			.as((opening, minimum, receivables, late, payables, orders, sales, plans) -> CashOutlookInput
				.of(asOf, "GBP", opening, minimum)
				.withReceivables(receivables)
				.withCustomerDaysLate(late)
				.withPayables(payables)
				.withPurchaseOrders(orders)
				.withForecastSales(sales)
				.withPayoutPlans(plans));
		return core.flatMap((input) -> Combinators
			.combine(planned(asOf, "SUG-", 8), planned(asOf, "APP-", 4), recurring(), oneOffs(asOf))
			.as((suggested, approved, recurring, oneOffs) -> input.withSuggestedPurchases(suggested)
				.withApprovedPurchases(approved)
				.withRecurringOutflows(recurring)
				.withOneOffLines(oneOffs)));
	}

	private static Arbitrary<List<OpenReceivable>> receivables(LocalDate asOf) {
		return Combinators
			.combine(Arbitraries.of(CONTACTS), days(asOf, -90, 120).injectNull(0.05), money(-500, 20_000, 3),
					Arbitraries.of(true, false))
			.as((contact, due, amount, fx) -> new OpenReceivable("?", contact, due, amount, fx))
			.list()
			.ofMaxSize(12)
			.map((list) -> numbered(list, (i, r) -> new OpenReceivable("INV-" + i, r.contact(), r.dueDate(),
					r.amountDue(), r.fxEstimated())));
	}

	private static Arbitrary<Map<String, Integer>> daysLate() {
		return Arbitraries.maps(Arbitraries.of(CONTACTS), Arbitraries.integers().between(-10, 60)).ofMaxSize(4);
	}

	private static Arbitrary<List<OpenPayable>> payables(LocalDate asOf) {
		return Combinators
			.combine(Arbitraries.of(CONTACTS), days(asOf, -60, 120).injectNull(0.05), money(-500, 20_000, 3),
					Arbitraries.of(true, false))
			.as((contact, due, amount, fx) -> new OpenPayable("?", contact, due, amount, fx))
			.list()
			.ofMaxSize(10)
			.map((list) -> numbered(list,
					(i, p) -> new OpenPayable("BILL-" + i, p.contact(), p.dueDate(), p.amountDue(), p.fxEstimated())));
	}

	private static Arbitrary<List<OpenPurchaseOrder>> purchaseOrders(LocalDate asOf) {
		return Combinators
			.combine(days(asOf, -30, 100), Arbitraries.integers().between(-30, 90), money(0, 30_000, 2),
					Arbitraries.of(true, false))
			.as((arrival, terms, amount, fx) -> new OpenPurchaseOrder("?", "Distillery", arrival, terms, amount, fx))
			.list()
			.ofMaxSize(6)
			.map((list) -> numbered(list, (i, o) -> new OpenPurchaseOrder("PO-" + i, o.supplier(), o.expectedArrival(),
					o.supplierTermsDays(), o.amount(), o.fxEstimated())));
	}

	private static Arbitrary<List<ForecastSales>> sales(LocalDate asOf) {
		return Combinators
			.combine(Arbitraries.of(CHANNELS), days(asOf, -20, 100), Arbitraries.integers().between(0, 34),
					money(0, 50_000, 2))
			.as((channel, from, length, revenue) -> new ForecastSales(channel, from, from.plusDays(length), revenue))
			.list()
			.ofMaxSize(10);
	}

	private static Arbitrary<List<PayoutPlan>> payoutPlans(LocalDate asOf) {
		Arbitrary<BigDecimal> fee = Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, new BigDecimal("0.3"))
			.ofScale(3);
		Arbitrary<PayoutPlan> amazon = Combinators
			.combine(fee, days(asOf, -13, 0), Arbitraries.integers().between(7, 14),
					Arbitraries.integers().between(0, 5),
					Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.2")).ofScale(2),
					Arbitraries.integers().between(0, 21))
			.as((rate, anchor, period, lag, reserve, hold) -> new PayoutPlan("amazon", rate,
					new PayoutSchedule.Settlement(anchor, period, lag, reserve, hold)));
		Arbitrary<PayoutPlan> shopify = Combinators
			.combine(fee, Arbitraries.integers().between(0, 5), Arbitraries.of(true, false))
			.as((rate, lag, business) -> new PayoutPlan("shopify", rate, new PayoutSchedule.Daily(lag, business)));
		Arbitrary<PayoutPlan> wholesale = Combinators.combine(fee, Arbitraries.integers().between(0, 60))
			.as((rate, days) -> new PayoutPlan("wholesale", rate, new PayoutSchedule.NetTerms(days)));
		return Combinators.combine(amazon.injectNull(0.2), shopify.injectNull(0.2), wholesale.injectNull(0.2))
			.as((a, s, w) -> {
				List<PayoutPlan> plans = new ArrayList<>();
				for (PayoutPlan plan : new PayoutPlan[] { a, s, w }) {
					if (plan != null) {
						plans.add(plan);
					}
				}
				return plans;
			});
	}

	private static Arbitrary<List<PlannedPurchase>> planned(LocalDate asOf, String prefix, int max) {
		return Combinators
			.combine(days(asOf, -10, 80), Arbitraries.integers().between(0, 60),
					Arbitraries.integers().between(-14, 60), money(0, 40_000, 2), Arbitraries.of(true, false))
			.as((order, lead, terms, amount, fx) -> new PlannedPurchase("?", "Distillery", order, order.plusDays(lead),
					terms, amount, fx))
			.list()
			.ofMaxSize(max)
			.map((list) -> numbered(list, (i, p) -> new PlannedPurchase(prefix + i, p.supplier(), p.orderDate(),
					p.expectedArrival(), p.supplierTermsDays(), p.amount(), p.fxEstimated())));
	}

	private static Arbitrary<List<RecurringOutflow>> recurring() {
		return Combinators
			.combine(Arbitraries.of(RecurringOutflow.Kind.class), money(0, 20_000, 2),
					Arbitraries.integers().between(1, 31), Arbitraries.of(true, false))
			.as((kind, amount, day, fx) -> new RecurringOutflow(kind.name(), kind, amount, day, fx))
			.list()
			.ofMaxSize(3)
			.uniqueElements(RecurringOutflow::name);
	}

	private static Arbitrary<List<OneOffLine>> oneOffs(LocalDate asOf) {
		return Combinators
			.combine(Arbitraries.of("VAT return", "Loan drawdown", "Grant"), days(asOf, -5, 95), money(0, 25_000, 2),
					Arbitraries.of(CashFlow.class))
			.as(OneOffLine::new)
			.list()
			.ofMaxSize(3);
	}

	private static Arbitrary<LocalDate> days(LocalDate asOf, int from, int to) {
		return Arbitraries.integers().between(from, to).map(asOf::plusDays);
	}

	private static Arbitrary<BigDecimal> money(long min, long max, int scale) {
		return Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).ofScale(scale);
	}

	private static <T> List<T> numbered(List<T> items, Renumber<T> renumber) {
		List<T> numbered = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			numbered.add(renumber.apply(i + 1, items.get(i)));
		}
		return numbered;
	}

	@FunctionalInterface
	private interface Renumber<T> {

		T apply(int number, T item);

	}

}
