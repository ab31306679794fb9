package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the 13-week cash outlook from its input: a pure function, the same input
 * always gives the same outlook.
 * <p>
 * Every input item becomes dated movements rounded to cents (half even); a movement dated
 * before the as-of date moves to it (week 1), one after the 13th week is left out. The
 * weeks are then summed day by day, so each week's closing is its opening plus its lines
 * to the cent and its lowest point is the lowest end-of-day balance.
 */
public final class CashOutlookEngine {

	private static final Comparator<LineKey> LINE_ORDER = Comparator.comparing(LineKey::category)
		.thenComparing(LineKey::label);

	private CashOutlookEngine() {
	}

	/**
	 * Computes the outlook.
	 * @param input what the outlook is computed from
	 * @return the 13 weeks from {@code input.asOf()}
	 */
	public static CashOutlook project(CashOutlookInput input) {
		List<CashMovement> movements = new ArrayList<>();
		receivables(input, movements);
		payables(input, movements);
		purchases(input, movements);
		recurring(input, movements);
		oneOffs(input, movements);
		List<String> unplanned = payouts(input, movements);
		List<CashMovement> placed = placeInHorizon(input, movements);
		boolean fxEstimated = placed.stream().anyMatch(CashMovement::fxEstimated);
		return new CashOutlook(input.asOf(), input.baseCurrency(), CashMovement.cents(input.openingBalance()),
				CashMovement.cents(input.minimumCash()), weeks(input, placed), unplanned, fxEstimated);
	}

	private static void receivables(CashOutlookInput input, List<CashMovement> movements) {
		for (OpenReceivable invoice : input.receivables()) {
			LocalDate due = (invoice.dueDate() != null) ? invoice.dueDate() : input.asOf();
			int late = input.customerDaysLate().getOrDefault(invoice.contact(), 0);
			movements.add(CashMovement.of(LineCategory.RECEIVABLES, "Receivables", invoice.invoiceId(),
					due.plusDays(late), invoice.amountDue(), invoice.fxEstimated()));
		}
	}

	private static void payables(CashOutlookInput input, List<CashMovement> movements) {
		for (OpenPayable bill : input.payables()) {
			LocalDate due = (bill.dueDate() != null) ? bill.dueDate() : input.asOf();
			movements.add(CashMovement.of(LineCategory.PAYABLES, "Bills", bill.billId(), due, bill.amountDue(),
					bill.fxEstimated()));
		}
	}

	private static void purchases(CashOutlookInput input, List<CashMovement> movements) {
		for (OpenPurchaseOrder order : input.purchaseOrders()) {
			movements.add(CashMovement.of(LineCategory.PURCHASE_ORDERS, "Purchase orders", order.purchaseOrderId(),
					order.paymentDate(), order.amount(), order.fxEstimated()));
		}
		for (PlannedPurchase purchase : input.approvedPurchases()) {
			movements.add(CashMovement.of(LineCategory.APPROVED_PURCHASES, "Approved purchases", purchase.id(),
					purchase.paymentDate(), purchase.amount(), purchase.fxEstimated()));
		}
		for (PlannedPurchase purchase : input.suggestedPurchases()) {
			movements.add(CashMovement.of(LineCategory.SUGGESTED_PURCHASES, "Suggested purchases (planned)",
					purchase.id(), purchase.paymentDate(), purchase.amount(), purchase.fxEstimated()));
		}
	}

	private static void recurring(CashOutlookInput input, List<CashMovement> movements) {
		YearMonth last = YearMonth.from(input.horizonEnd());
		for (RecurringOutflow outflow : input.recurringOutflows()) {
			for (YearMonth month = YearMonth.from(input.asOf()); !month.isAfter(last); month = month.plusMonths(1)) {
				LocalDate day = month.atDay(Math.min(outflow.dayOfMonth(), month.lengthOfMonth()));
				if (!day.isBefore(input.asOf())) {
					movements.add(CashMovement.of(LineCategory.RECURRING_OUTFLOWS, outflow.name(),
							outflow.name() + " " + month, day, outflow.amount(), outflow.fxEstimated()));
				}
			}
		}
	}

	private static void oneOffs(CashOutlookInput input, List<CashMovement> movements) {
		for (OneOffLine line : input.oneOffLines()) {
			LineCategory category = (line.direction() == CashFlow.IN) ? LineCategory.ONE_OFF_INFLOWS
					: LineCategory.ONE_OFF_OUTFLOWS;
			movements.add(CashMovement.of(category, line.label(), line.label(), line.date(), line.amount(), false));
		}
	}

	/** Adds every channel's payouts; answers the channels that had no payout plan. */
	private static List<String> payouts(CashOutlookInput input, List<CashMovement> movements) {
		Map<String, PayoutPlan> plans = input.payoutPlans()
			.stream()
			.collect(Collectors.toMap(PayoutPlan::channel, Function.identity()));
		Map<String, List<ForecastSales>> byChannel = input.forecastSales()
			.stream()
			.collect(Collectors.groupingBy(ForecastSales::channel, TreeMap::new, Collectors.toList()));
		List<String> unplanned = new ArrayList<>();
		byChannel.forEach((channel, sales) -> {
			SortedMap<LocalDate, BigDecimal> daily = PayoutProjection.dailySales(sales, input.asOf(),
					input.horizonEnd());
			PayoutPlan plan = plans.get(channel);
			if (plan == null && !daily.isEmpty()) {
				unplanned.add(channel);
			}
			movements.addAll(PayoutProjection.payouts(plan, channel, daily));
		});
		return unplanned;
	}

	private static List<CashMovement> placeInHorizon(CashOutlookInput input, List<CashMovement> movements) {
		List<CashMovement> placed = new ArrayList<>();
		for (CashMovement movement : movements) {
			if (movement.amount().signum() == 0 || movement.date().isAfter(input.horizonEnd())) {
				continue;
			}
			placed.add(movement.date().isBefore(input.asOf()) ? new CashMovement(movement.category(), movement.label(),
					movement.reference(), input.asOf(), movement.amount(), movement.fxEstimated()) : movement);
		}
		placed.sort(Comparator.comparing(CashMovement::date).thenComparing(CashMovement::reference));
		return placed;
	}

	private static List<CashWeek> weeks(CashOutlookInput input, List<CashMovement> movements) {
		TreeSet<LineKey> keys = new TreeSet<>(LINE_ORDER);
		List<List<CashMovement>> byWeek = new ArrayList<>(CashOutlook.WEEKS);
		for (int i = 0; i < CashOutlook.WEEKS; i++) {
			byWeek.add(new ArrayList<>());
		}
		for (CashMovement movement : movements) {
			keys.add(LineKey.of(movement));
			byWeek.get((int) (ChronoUnit.DAYS.between(input.asOf(), movement.date()) / 7)).add(movement);
		}
		List<CashWeek> weeks = new ArrayList<>(CashOutlook.WEEKS);
		BigDecimal balance = CashMovement.cents(input.openingBalance());
		BigDecimal minimum = CashMovement.cents(input.minimumCash());
		for (int number = 1; number <= CashOutlook.WEEKS; number++) {
			LocalDate start = input.asOf().plusDays(7L * (number - 1));
			CashWeek week = week(number, start, balance, minimum, keys, byWeek.get(number - 1));
			weeks.add(week);
			balance = week.closing();
		}
		return weeks;
	}

	/** Builds one week from the movements dated in it. */
	private static CashWeek week(int number, LocalDate start, BigDecimal opening, BigDecimal minimum,
			TreeSet<LineKey> keys, List<CashMovement> movements) {
		LocalDate end = start.plusDays(6);
		Map<LineKey, List<CashMovement>> byLine = new LinkedHashMap<>();
		keys.forEach((key) -> byLine.put(key, new ArrayList<>()));
		Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
		for (CashMovement movement : movements) {
			byLine.get(LineKey.of(movement)).add(movement);
			byDay.merge(movement.date(), movement.amount(), BigDecimal::add);
		}
		List<CashLine> lines = new ArrayList<>();
		BigDecimal inflows = BigDecimal.ZERO.setScale(2);
		BigDecimal outflows = BigDecimal.ZERO.setScale(2);
		for (Map.Entry<LineKey, List<CashMovement>> entry : byLine.entrySet()) {
			CashLine line = line(entry.getKey(), entry.getValue());
			lines.add(line);
			if (line.category().flow() == CashFlow.IN) {
				inflows = inflows.add(line.amount());
			}
			else {
				outflows = outflows.add(line.amount());
			}
		}
		BigDecimal balance = opening;
		BigDecimal lowest = null;
		LocalDate lowestDate = null;
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			balance = balance.add(byDay.getOrDefault(day, BigDecimal.ZERO));
			if (lowest == null || balance.compareTo(lowest) < 0) {
				lowest = balance;
				lowestDate = day;
			}
		}
		BigDecimal closing = opening.add(inflows).add(outflows);
		return new CashWeek(number, start, end, opening, lines, inflows, outflows, closing, lowest, lowestDate,
				lowest.compareTo(minimum) < 0);
	}

	private static CashLine line(LineKey key, List<CashMovement> movements) {
		BigDecimal amount = BigDecimal.ZERO.setScale(2);
		boolean fxEstimated = false;
		List<CashItem> items = new ArrayList<>(movements.size());
		for (CashMovement movement : movements) {
			amount = amount.add(movement.amount());
			fxEstimated |= movement.fxEstimated();
			items.add(movement.item());
		}
		return new CashLine(key.category(), key.label(), key.category().planned(), amount, fxEstimated, items);
	}

	private record LineKey(LineCategory category, String label) {

		static LineKey of(CashMovement movement) {
			return new LineKey(movement.category(), movement.label());
		}

	}

}
