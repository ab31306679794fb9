package io.sentia.integrations.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The shape of the demo brand's demand: growth, weekly rhythm, the gifting year
 * (Christmas, Black Friday, Father's Day, Prime Day, Valentine's, Burns Night) and the
 * promotions that go with it. Pure functions of the date; all randomness stays in the
 * generator.
 */
final class SalesCalendar {

	/** Retail level per month, read at the 15th and interpolated in between. */
	private static final double[] RETAIL_MONTH = { 0.72, 0.80, 0.88, 0.86, 0.95, 1.02, 0.95, 0.92, 0.93, 1.02, 1.30,
			2.40 };

	/** Trade buyers stock up in autumn and go quiet over the holidays. */
	private static final double[] TRADE_MONTH = { 0.6, 0.8, 0.9, 1.0, 1.1, 1.15, 1.1, 1.0, 1.2, 1.6, 1.8, 1.0 };

	private final LocalDate lastDay;

	SalesCalendar(LocalDate lastDay) {
		this.lastDay = lastDay;
	}

	/**
	 * Expected number of orders a store takes on a day.
	 * @param store the store
	 * @param day the UTC day
	 * @return the mean of the day's order count
	 */
	double expectedOrders(DemoStore store, LocalDate day) {
		double yearsBeforeEnd = ChronoUnit.DAYS.between(day, this.lastDay) / 365.25;
		double trend = StrictMath.pow(1.0 + store.yearlyGrowth(), -yearsBeforeEnd);
		double level = store.isWholesale() ? tradeLevel(day) : retailLevel(store, day);
		return store.ordersPerDay() * trend * level;
	}

	/**
	 * Relative chance that a retail order line is for the product on that day.
	 * @param product the product
	 * @param store the store; 0 if the product is not listed there
	 * @param day the UTC day
	 * @return a non-negative weight
	 */
	double productWeight(DemoProduct product, DemoStore store, LocalDate day) {
		if (!product.isListedIn(store)) {
			return 0.0;
		}
		return product.popularity() * seasonalFactor(product, store, day);
	}

	/**
	 * Percentage off retail prices on a day: Black Friday to Cyber Monday everywhere,
	 * Prime Day on Amazon.
	 * @param store the store
	 * @param day the UTC day
	 * @return percent off, 0 when there is no promotion
	 */
	int discountPercent(DemoStore store, LocalDate day) {
		if (store.isWholesale()) {
			return 0;
		}
		LocalDate blackFriday = blackFriday(day.getYear());
		if (!day.isBefore(blackFriday) && !day.isAfter(blackFriday.plusDays(3))) {
			return store.isShopify() ? 20 : 15;
		}
		LocalDate primeDay = primeDay(day.getYear());
		if (store.isAmazon() && (day.equals(primeDay) || day.equals(primeDay.plusDays(1)))) {
			return 15;
		}
		return 0;
	}

	static LocalDate blackFriday(int year) {
		return LocalDate.of(year, Month.NOVEMBER, 1)
			.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
			.plusDays(1);
	}

	static LocalDate fathersDay(int year) {
		return LocalDate.of(year, Month.JUNE, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SUNDAY));
	}

	static LocalDate primeDay(int year) {
		return LocalDate.of(year, Month.JULY, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
	}

	private double retailLevel(DemoStore store, LocalDate day) {
		return monthCurve(RETAIL_MONTH, day) * retailWeekday(store, day.getDayOfWeek()) * retailOccasion(store, day);
	}

	private double tradeLevel(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
			return 0.0;
		}
		double level = TRADE_MONTH[day.getMonthValue() - 1];
		if (day.getMonth() == Month.DECEMBER) {
			level = (day.getDayOfMonth() <= 15) ? 1.3 : 0.25;
		}
		else if (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 7) {
			level = 0.2;
		}
		// Trade orders come on weekdays only; a week still holds seven days' worth.
		return level * 7.0 / 5.0;
	}

	private static double retailWeekday(DemoStore store, DayOfWeek weekday) {
		if (store.isAmazon()) {
			return switch (weekday) {
				case MONDAY, TUESDAY, WEDNESDAY -> 0.94;
				case THURSDAY -> 0.97;
				case FRIDAY -> 1.0;
				case SATURDAY -> 1.1;
				case SUNDAY -> 1.15;
			};
		}
		// Own web shops sell most on Sunday evening and Monday, least on Saturday.
		return switch (weekday) {
			case MONDAY -> 1.12;
			case TUESDAY -> 1.05;
			case WEDNESDAY, THURSDAY -> 1.0;
			case FRIDAY -> 0.95;
			case SATURDAY -> 0.82;
			case SUNDAY -> 1.06;
		};
	}

	private static double retailOccasion(DemoStore store, LocalDate day) {
		int year = day.getYear();
		double factor = christmasFactor(day);
		long fromBlackFriday = ChronoUnit.DAYS.between(blackFriday(year), day);
		if (fromBlackFriday >= -4 && fromBlackFriday <= -1) {
			factor *= 0.9;
		}
		else if (fromBlackFriday == 0) {
			factor *= 2.8;
		}
		else if (fromBlackFriday == 1 || fromBlackFriday == 2) {
			factor *= 1.75;
		}
		else if (fromBlackFriday == 3) {
			factor *= 2.2;
		}
		long toFathersDay = ChronoUnit.DAYS.between(day, fathersDay(year));
		if (toFathersDay >= 3 && toFathersDay <= 12) {
			factor *= 1.2;
		}
		else if (toFathersDay == 1 || toFathersDay == 2) {
			factor *= 1.1;
		}
		if (store.isAmazon()) {
			long fromPrimeDay = ChronoUnit.DAYS.between(primeDay(year), day);
			if (fromPrimeDay == 0 || fromPrimeDay == 1) {
				factor *= 2.5;
			}
			else if (fromPrimeDay >= -3 && fromPrimeDay <= -1) {
				factor *= 0.9;
			}
		}
		if (within(day, MonthDay.of(2, 7), MonthDay.of(2, 13))) {
			factor *= 1.1;
		}
		if ("UK".equals(store.region()) && within(day, MonthDay.of(1, 18), MonthDay.of(1, 24))) {
			factor *= 1.1;
		}
		return factor;
	}

	/** Last posting days cut the peak short; Christmas itself is quiet. */
	private static double christmasFactor(LocalDate day) {
		if (day.getMonth() == Month.JANUARY && day.getDayOfMonth() == 1) {
			return 0.5;
		}
		if (day.getMonth() != Month.DECEMBER || day.getDayOfMonth() < 21) {
			return 1.0;
		}
		return switch (day.getDayOfMonth()) {
			case 21, 22, 23 -> 0.8;
			case 24 -> 0.5;
			case 25 -> 0.2;
			case 26 -> 0.6;
			default -> 0.7;
		};
	}

	private static double seasonalFactor(DemoProduct product, DemoStore store, LocalDate day) {
		int month = day.getMonthValue();
		long toFathersDay = ChronoUnit.DAYS.between(day, fathersDay(day.getYear()));
		boolean fathersDayRun = toFathersDay >= 1 && toFathersDay <= 14;
		boolean giftingSeason = (month == 11) || (month == 12 && day.getDayOfMonth() <= 22);
		return switch (product.category()) {
			case GIN -> ((month >= 5 && month <= 8) ? 1.35 : (month <= 2) ? 0.85 : 1.0)
					* ((product.sku().startsWith("HH-GIN-RHU") && within(day, MonthDay.of(2, 1), MonthDay.of(2, 14)))
							? 1.8 : 1.0);
			case VODKA -> 1.0;
			case RUM -> ((month >= 6 && month <= 8) ? 1.15 : 1.0) * (fathersDayRun ? 1.4 : 1.0);
			case WHISKY -> ((month >= 11 || month == 1) ? 1.3 : 1.0) * (fathersDayRun ? 1.8 : 1.0)
					* (("UK".equals(store.region()) && within(day, MonthDay.of(1, 18), MonthDay.of(1, 25))) ? 1.5
							: 1.0);
			case LIQUEUR -> liqueurFactor(product.sku(), month);
			case GIFT_SET -> giftSetFactor(product.sku(), day, giftingSeason, fathersDayRun);
		};
	}

	private static double liqueurFactor(String sku, int month) {
		if (sku.startsWith("HH-LIQ-SLO")) {
			return (month >= 10 || month == 1) ? 2.2 : 0.4;
		}
		if (sku.startsWith("HH-LIQ-ELD")) {
			return (month >= 5 && month <= 8) ? 1.8 : 0.6;
		}
		if (sku.startsWith("HH-LIQ-CFE")) {
			return (month >= 11) ? 1.5 : 1.0;
		}
		if (sku.startsWith("HH-LIQ-HON")) {
			return (month >= 11 || month <= 2) ? 1.4 : 1.0;
		}
		return 1.0;
	}

	private static double giftSetFactor(String sku, LocalDate day, boolean giftingSeason, boolean fathersDayRun) {
		if ("HH-GFT-XMAS-12".equals(sku)) {
			// Sold only from mid-October until the last posting day.
			return within(day, MonthDay.of(10, 15), MonthDay.of(12, 22)) ? (giftingSeason ? 3.0 : 1.0) : 0.0;
		}
		if ("HH-GFT-DAD".equals(sku)) {
			return fathersDayRun ? 8.0 : 0.3;
		}
		return giftingSeason ? 3.0 : (fathersDayRun ? 2.0 : 0.5);
	}

	private static double monthCurve(double[] months, LocalDate day) {
		LocalDate anchor = day.withDayOfMonth(15);
		LocalDate previous = day.isBefore(anchor) ? anchor.minusMonths(1) : anchor;
		LocalDate next = previous.plusMonths(1);
		double share = (double) ChronoUnit.DAYS.between(previous, day) / ChronoUnit.DAYS.between(previous, next);
		double from = months[previous.getMonthValue() - 1];
		double to = months[next.getMonthValue() - 1];
		return from + (to - from) * share;
	}

	private static boolean within(LocalDate day, MonthDay first, MonthDay last) {
		MonthDay monthDay = MonthDay.from(day);
		return !monthDay.isBefore(first) && !monthDay.isAfter(last);
	}

}
