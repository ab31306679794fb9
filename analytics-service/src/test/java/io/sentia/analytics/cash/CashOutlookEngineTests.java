package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small outlook computed by hand. As of Monday 2026-12-07, opening GBP 10,000.00,
 * minimum cash 5,000.00; weeks are 7 days from the as-of date (W1 12-07..12-13, W2
 * 12-14..12-20, W3 12-21..12-27, W4 12-28..01-03, W5 01-04..01-10, W6 01-11..01-17, W7
 * 01-18..01-24, W8 01-25..01-31, W9 02-01..02-07, W10 02-08..02-14, W11 02-15..02-21, W12
 * 02-22..02-28, W13 03-01..03-07). <pre>
 * INV-1 Harrods due 11-30, 10 days late        → 12-10 W1   +1,200.00
 * INV-3 Harrods due 11-20, 10 days late = 11-30 → overdue, 12-07 W1 +800.00
 * INV-2 Selfridges due 12-15, on time, 2,500.005 (fx estimated) → half even 2,500.00, W2
 * BILL-1 due 12-01 → overdue, 12-07 W1 −3,000.00; BILL-2 due 12-22 W3 −1,000.00
 * PO-1 arrives 12-10 + 30 days terms → 01-09 W5 −4,000.00
 * APP-1 (approved) arrives 12-12, terms 0 → 12-12 W1 −500.00
 * SUG-1 (suggested) arrives 12-28 + 14 → 01-11 W6 −6,000.00
 * Payroll day 25: 12-25 W3, 01-25 W8, 02-25 W12 (03-25 is past the horizon) −2,000.00 each
 * Rent day 31: 12-31 W4, 01-31 W8, 02-28 W12 (February is short) −1,000.00 each
 * VAT return one-off 01-07 W5 −1,500.00
 * shopify 700.00 over 12-07..12-13 = 100/day, 2% fee = 98.00/day, T+3 business days:
 *   Mon→Thu 12-10, Tue→Fri 12-11 (W1 196.00); Wed→Mon 12-14, Thu→Tue 12-15, Fri, Sat,
 *   Sun→Wed 12-16 (W2 490.00)
 * amazon 1,400.00 over 12-07..12-20 = 100/day, 15% fee, settlements of 14 days from
 *   11-30, paid 3 days after closing, 10% reserve released 14 days after the payout:
 *   period 11-30..12-13 holds 700 → net 595.00 → 535.50 on 12-17 (W2), reserve 59.50 on 12-31 (W4)
 *   period 12-14..12-27 holds 700 → 535.50 on 12-31 (W4), reserve 59.50 on 01-14 (W6)
 * wholesale 1,000.00 on 12-07, net 30 → 01-06 W5
 * popup 50.00 on 12-08, no payout plan → cash on 12-08 W1
 *
 * W1  10,000.00 + 2,000 + 50 + 196 − 3,000 − 500      =  8,746.00  lowest 7,800.00 on 12-07
 * W2   8,746.00 + 2,500 + 535.50 + 490                = 12,271.50  lowest 8,844.00 on 12-14
 * W3  12,271.50 − 1,000 − 2,000                       =  9,271.50  lowest 9,271.50 on 12-25
 * W4   9,271.50 + 595 − 1,000                         =  8,866.50  lowest 8,866.50 on 12-31
 * W5   8,866.50 + 1,000 − 1,500 − 4,000               =  4,366.50  lowest 4,366.50 on 01-09, below
 * W6   4,366.50 − 6,000 + 59.50                       = −1,574.00  lowest −1,633.50 on 01-11, below
 * W7  −1,574.00                                       = −1,574.00
 * W8  −1,574.00 − 2,000 − 1,000                       = −4,574.00
 * W9..W11 unchanged −4,574.00; W12 − 2,000 − 1,000    = −7,574.00; W13 −7,574.00
 * </pre>
 */
public class CashOutlookEngineTests {

	public static final LocalDate AS_OF = LocalDate.parse("2026-12-07");

	public static CashOutlookInput handComputedInput() {
		return CashOutlookInput.of(AS_OF, "GBP", new BigDecimal("10000"), new BigDecimal("5000"))
			.withReceivables(List.of(receivable("INV-1", "Harrods", "2026-11-30", "1200", false),
					receivable("INV-2", "Selfridges", "2026-12-15", "2500.005", true),
					receivable("INV-3", "Harrods", "2026-11-20", "800", false)))
			.withCustomerDaysLate(Map.of("Harrods", 10))
			.withPayables(List.of(new OpenPayable("BILL-1", "Glass Co", date("2026-12-01"), money("3000"), false),
					new OpenPayable("BILL-2", "Glass Co", date("2026-12-22"), money("1000"), false)))
			.withPurchaseOrders(
					List.of(new OpenPurchaseOrder("PO-1", "Distillery", date("2026-12-10"), 30, money("4000"), false)))
			.withApprovedPurchases(List
				.of(new PlannedPurchase("APP-1", "Distillery", AS_OF, date("2026-12-12"), 0, money("500"), false)))
			.withSuggestedPurchases(List.of(new PlannedPurchase("SUG-1", "Distillery", date("2026-12-14"),
					date("2026-12-28"), 14, money("6000"), false)))
			.withRecurringOutflows(
					List.of(new RecurringOutflow("Payroll", RecurringOutflow.Kind.PAYROLL, money("2000"), 25, false),
							new RecurringOutflow("Rent", RecurringOutflow.Kind.RENT, money("1000"), 31, false)))
			.withOneOffLines(List.of(new OneOffLine("VAT return", date("2027-01-07"), money("1500"), CashFlow.OUT)))
			.withForecastSales(List.of(sales("shopify", "2026-12-07", "2026-12-13", "700"),
					sales("amazon", "2026-12-07", "2026-12-20", "1400"),
					sales("wholesale", "2026-12-07", "2026-12-07", "1000"),
					sales("popup", "2026-12-08", "2026-12-08", "50")))
			.withPayoutPlans(List.of(new PayoutPlan("shopify", money("0.02"), new PayoutSchedule.Daily(3, true)),
					new PayoutPlan("amazon", money("0.15"),
							new PayoutSchedule.Settlement(date("2026-11-30"), 14, 3, money("0.10"), 14)),
					new PayoutPlan("wholesale", BigDecimal.ZERO, new PayoutSchedule.NetTerms(30))));
	}

	@Test
	void weeksOpenCloseAndBottomOutAsComputedByHand() {
		CashOutlook outlook = CashOutlookEngine.project(handComputedInput());

		assertThat(outlook.weeks()).extracting(CashWeek::closing)
			.map(BigDecimal::toPlainString)
			.containsExactly("8746.00", "12271.50", "9271.50", "8866.50", "4366.50", "-1574.00", "-1574.00", "-4574.00",
					"-4574.00", "-4574.00", "-4574.00", "-7574.00", "-7574.00");
		assertThat(outlook.weeks()).extracting(CashWeek::lowestPoint)
			.map(BigDecimal::toPlainString)
			.startsWith("7800.00", "8844.00", "9271.50", "8866.50", "4366.50", "-1633.50", "-1574.00", "-4574.00");
		assertThat(outlook.weeks()).extracting(CashWeek::lowestPointDate)
			.startsWith(date("2026-12-07"), date("2026-12-14"), date("2026-12-25"), date("2026-12-31"),
					date("2027-01-09"), date("2027-01-11"));
		assertThat(outlook.weeks()).extracting(CashWeek::belowThreshold)
			.containsExactly(false, false, false, false, true, true, true, true, true, true, true, true, true);
		assertThat(outlook.weeks().getFirst().opening()).isEqualTo("10000.00");
		assertThat(outlook.weeks().getLast().start()).isEqualTo(date("2027-03-01"));
		assertThat(outlook.weeks().getLast().end()).isEqualTo(date("2027-03-07"));
	}

	@Test
	void everyWeekShowsTheSameLinesInCategoryOrderWithTheirTotals() {
		CashOutlook outlook = CashOutlookEngine.project(handComputedInput());
		CashWeek first = outlook.weeks().getFirst();

		assertThat(first.lines()).extracting(CashLine::label)
			.containsExactly("Receivables", "amazon", "popup", "shopify", "wholesale", "Bills", "Purchase orders",
					"Approved purchases", "Suggested purchases (planned)", "Payroll", "Rent", "VAT return");
		assertThat(outlook.weeks()).allSatisfy((week) -> assertThat(week.lines()).extracting(CashLine::label)
			.isEqualTo(first.lines().stream().map(CashLine::label).toList()));
		assertThat(first.lines()).extracting((line) -> line.amount().toPlainString())
			.containsExactly("2000.00", "0.00", "50.00", "196.00", "0.00", "-3000.00", "0.00", "-500.00", "0.00",
					"0.00", "0.00", "0.00");
		assertThat(first.inflows()).isEqualTo("2246.00");
		assertThat(first.outflows()).isEqualTo("-3500.00");
		assertThat(line(first, "Receivables").items()).extracting(CashItem::reference, CashItem::date)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("INV-3", AS_OF),
					org.assertj.core.groups.Tuple.tuple("INV-1", date("2026-12-10")));
		assertThat(line(first, "Suggested purchases (planned)").planned()).isTrue();
		assertThat(line(first, "Approved purchases").planned()).isFalse();
	}

	@Test
	void payoutsFollowEachChannelsSchedule() {
		CashOutlook outlook = CashOutlookEngine.project(handComputedInput());

		assertThat(line(outlook.weeks().get(1), "shopify").amount()).isEqualTo("490.00");
		assertThat(line(outlook.weeks().get(1), "amazon").items()).extracting(CashItem::reference, CashItem::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("settlement 2026-11-30..2026-12-13", money("535.50")));
		assertThat(line(outlook.weeks().get(3), "amazon").amount()).isEqualTo("595.00");
		assertThat(line(outlook.weeks().get(5), "amazon").items()).extracting(CashItem::reference)
			.containsExactly("reserve released 2026-12-14..2026-12-27");
		assertThat(line(outlook.weeks().get(4), "wholesale").items()).extracting(CashItem::date)
			.containsExactly(date("2027-01-06"));
		assertThat(outlook.channelsWithoutPayoutPlan()).containsExactly("popup");
	}

	@Test
	void anEstimatedRateIsCarriedToItsLineAndTheOutlook() {
		CashOutlook outlook = CashOutlookEngine.project(handComputedInput());

		CashLine receivables = line(outlook.weeks().get(1), "Receivables");
		assertThat(receivables.amount()).isEqualTo("2500.00");
		assertThat(receivables.fxEstimated()).isTrue();
		assertThat(line(outlook.weeks().getFirst(), "Receivables").fxEstimated()).isFalse();
		assertThat(outlook.fxEstimated()).isTrue();
	}

	@Test
	void recurringOutflowsFallOnTheLastDayOfAShortMonth() {
		CashOutlook outlook = CashOutlookEngine.project(handComputedInput());

		assertThat(outlook.weeks()).flatMap((week) -> line(week, "Rent").items())
			.extracting(CashItem::date)
			.containsExactly(date("2026-12-31"), date("2027-01-31"), date("2027-02-28"));
	}

	@Test
	void anEmptyInputKeepsTheOpeningBalanceForThirteenWeeks() {
		CashOutlook outlook = CashOutlookEngine
			.project(CashOutlookInput.of(AS_OF, "EUR", new BigDecimal("1234.565"), BigDecimal.ZERO));

		assertThat(outlook.weeks()).hasSize(13)
			.allSatisfy((week) -> assertThat(week.closing()).isEqualTo("1234.56"))
			.allSatisfy((week) -> assertThat(week.lines()).isEmpty());
		assertThat(outlook.firstWeekBelowThreshold()).isEmpty();
	}

	@Test
	void businessDayPayoutsSkipWeekends() {
		LocalDate friday = date("2026-12-11");

		assertThat(PayoutProjection.plusBusinessDays(friday, 1)).isEqualTo(date("2026-12-14"));
		assertThat(PayoutProjection.plusBusinessDays(friday, 3)).isEqualTo(date("2026-12-16"));
		assertThat(PayoutProjection.plusBusinessDays(date("2026-12-12"), 0)).isEqualTo(date("2026-12-14"));
	}

	public static CashLine line(CashWeek week, String label) {
		return week.lines().stream().filter((line) -> line.label().equals(label)).findFirst().orElseThrow();
	}

	private static OpenReceivable receivable(String id, String contact, String due, String amount,
			boolean fxEstimated) {
		return new OpenReceivable(id, contact, date(due), money(amount), fxEstimated);
	}

	private static ForecastSales sales(String channel, String from, String to, String revenue) {
		return new ForecastSales(channel, date(from), date(to), money(revenue));
	}

	public static LocalDate date(String value) {
		return LocalDate.parse(value);
	}

	public static BigDecimal money(String value) {
		return new BigDecimal(value);
	}

}
