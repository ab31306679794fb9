package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns one channel's forecast sales into dated payouts by its payout schedule. Daily
 * sales are kept at 34 significant digits and each payout is rounded to cents once, so a
 * larger forecast never yields a smaller payout.
 */
final class PayoutProjection {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private PayoutProjection() {
	}

	/**
	 * The forecast revenue of each day of the outlook, for one channel.
	 * @param sales the channel's forecast periods (overlapping periods add up)
	 * @param asOf first day of the outlook
	 * @param horizonEnd last day of the outlook
	 * @return revenue per day, only days from {@code asOf} to {@code horizonEnd}
	 */
	static SortedMap<LocalDate, BigDecimal> dailySales(List<ForecastSales> sales, LocalDate asOf,
			LocalDate horizonEnd) {
		int days = (int) ChronoUnit.DAYS.between(asOf, horizonEnd) + 1;
		// Each period adds its daily rate from its first day and takes it off after its
		// last: two exact additions per period however long it is, then one running sum.
		BigDecimal[] changes = new BigDecimal[days + 1];
		Arrays.fill(changes, BigDecimal.ZERO);
		boolean any = false;
		for (ForecastSales period : sales) {
			if (period.to().isBefore(asOf) || period.from().isAfter(horizonEnd)) {
				continue;
			}
			BigDecimal perDay = period.expectedRevenue().divide(BigDecimal.valueOf(period.days()), PRECISION);
			int first = (int) Math.max(0, ChronoUnit.DAYS.between(asOf, period.from()));
			int last = (int) Math.min(days - 1, ChronoUnit.DAYS.between(asOf, period.to()));
			changes[first] = changes[first].add(perDay);
			changes[last + 1] = changes[last + 1].subtract(perDay);
			any = true;
		}
		SortedMap<LocalDate, BigDecimal> daily = new TreeMap<>();
		if (!any) {
			return daily;
		}
		BigDecimal running = BigDecimal.ZERO;
		for (int day = 0; day < days; day++) {
			running = running.add(changes[day]);
			daily.put(asOf.plusDays(day), running);
		}
		return daily;
	}

	/**
	 * The payouts of one channel.
	 * @param plan the channel's plan, or {@code null} to count sales as cash the same day
	 * @param channel the channel, the line's label
	 * @param daily revenue per day
	 * @return the payouts, some possibly after the outlook's horizon
	 */
	static List<CashMovement> payouts(PayoutPlan plan, String channel, SortedMap<LocalDate, BigDecimal> daily) {
		if (plan == null) {
			return perDay(channel, daily, BigDecimal.ZERO, new PayoutSchedule.Daily(0, false));
		}
		return switch (plan.schedule()) {
			case PayoutSchedule.Daily schedule -> perDay(channel, daily, plan.feeRate(), schedule);
			case PayoutSchedule.NetTerms terms -> perDay(channel, daily, plan.feeRate(), terms);
			case PayoutSchedule.Settlement settlement -> settled(channel, daily, plan.feeRate(), settlement);
		};
	}

	private static List<CashMovement> perDay(String channel, SortedMap<LocalDate, BigDecimal> daily, BigDecimal feeRate,
			PayoutSchedule schedule) {
		BigDecimal kept = BigDecimal.ONE.subtract(feeRate);
		List<CashMovement> payouts = new ArrayList<>();
		daily.forEach((day, revenue) -> {
			LocalDate paid = switch (schedule) {
				case PayoutSchedule.Daily lag ->
					lag.businessDays() ? plusBusinessDays(day, lag.lagDays()) : day.plusDays(lag.lagDays());
				case PayoutSchedule.NetTerms terms -> day.plusDays(terms.days());
				case PayoutSchedule.Settlement settlement -> throw new IllegalStateException("settled separately");
			};
			payouts.add(CashMovement.of(LineCategory.FORECAST_PAYOUTS, channel, "sales " + day, paid,
					revenue.multiply(kept, PRECISION), false));
		});
		return payouts;
	}

	private static List<CashMovement> settled(String channel, SortedMap<LocalDate, BigDecimal> daily,
			BigDecimal feeRate, PayoutSchedule.Settlement settlement) {
		SortedMap<LocalDate, BigDecimal> byPeriod = new TreeMap<>();
		daily.forEach((day, revenue) -> byPeriod.merge(periodStart(day, settlement), revenue, BigDecimal::add));
		BigDecimal kept = BigDecimal.ONE.subtract(feeRate);
		BigDecimal paidNow = BigDecimal.ONE.subtract(settlement.reserveRate());
		List<CashMovement> payouts = new ArrayList<>();
		for (Map.Entry<LocalDate, BigDecimal> period : byPeriod.entrySet()) {
			LocalDate start = period.getKey();
			LocalDate close = start.plusDays(settlement.periodDays());
			String reference = start + ".." + close.minusDays(1);
			LocalDate paid = close.plusDays(settlement.payoutLagDays());
			BigDecimal net = period.getValue().multiply(kept, PRECISION);
			payouts.add(CashMovement.of(LineCategory.FORECAST_PAYOUTS, channel, "settlement " + reference, paid,
					net.multiply(paidNow, PRECISION), false));
			if (settlement.reserveRate().signum() > 0) {
				payouts.add(CashMovement.of(LineCategory.FORECAST_PAYOUTS, channel, "reserve released " + reference,
						paid.plusDays(settlement.reserveHoldDays()), net.multiply(settlement.reserveRate(), PRECISION),
						false));
			}
		}
		return payouts;
	}

	static LocalDate periodStart(LocalDate day, PayoutSchedule.Settlement settlement) {
		long offset = ChronoUnit.DAYS.between(settlement.anchor(), day);
		long periods = Math.floorDiv(offset, settlement.periodDays());
		return settlement.anchor().plusDays(periods * settlement.periodDays());
	}

	/**
	 * Counts days Monday to Friday; a result on a weekend (a lag of 0 from a weekend
	 * sale) moves to the Monday.
	 */
	static LocalDate plusBusinessDays(LocalDate day, int businessDays) {
		LocalDate result = day;
		int left = businessDays;
		while (left > 0) {
			result = result.plusDays(1);
			if (!isWeekend(result)) {
				left--;
			}
		}
		while (isWeekend(result)) {
			result = result.plusDays(1);
		}
		return result;
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
