package io.sentia.analytics.workingcapital.inventory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.Figure;

/**
 * Valuation at cost, days of cover, slow movers and overstock (formulas in the package
 * documentation). Every function is pure; the same positions in any order give the same
 * answer.
 */
public final class InventoryMetrics {

	/** Scale of days of cover. */
	public static final int DAYS_SCALE = 2;

	private static final Comparator<Figure> LARGEST_VALUE_FIRST = Comparator.comparing(Figure::value,
			Comparator.nullsLast(Comparator.reverseOrder()));

	/**
	 * Values stock at cost per SKU and location, per SKU and in total. A SKU's values are
	 * the sums of its locations' (each rounded to the cent), and the totals the sums of
	 * the SKUs', so every level reconciles to the cent.
	 * @param positions stock levels, at most one per SKU and location
	 * @param unitCostBySku unit cost in the base currency, by SKU
	 * @param base the base currency
	 * @return the valuation
	 */
	public InventoryValuation valuation(Collection<StockPosition> positions, Map<String, BigDecimal> unitCostBySku,
			BaseCurrency base) {
		List<StockPosition> sorted = new ArrayList<>(positions);
		sorted.sort(Comparator.comparing(StockPosition::sku).thenComparing(StockPosition::locationId));
		List<StockValue> lines = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			StockPosition position = sorted.get(i);
			if (i > 0 && sorted.get(i - 1).sku().equals(position.sku())
					&& sorted.get(i - 1).locationId().equals(position.locationId())) {
				throw new IllegalArgumentException(
						"Two stock positions for " + position.sku() + " at " + position.locationId());
			}
			BigDecimal unitCost = unitCostBySku.get(position.sku());
			lines.add(new StockValue(position.sku(), position.locationId(), position.onHand(), position.inbound(),
					position.reserved(), unitCost, valueOf(position.sku(), position.countedOnHand(), unitCost, base),
					valueOf(position.sku(), position.inbound(), unitCost, base),
					valueOf(position.sku(), position.reserved(), unitCost, base)));
		}
		SortedMap<String, StockValue> bySku = new TreeMap<>();
		for (StockValue line : lines) {
			bySku.merge(
					line.sku(), new StockValue(line.sku(), null, line.onHand(), line.inbound(), line.reserved(),
							line.unitCost(), line.onHandValue(), line.inboundValue(), line.reservedValue()),
					InventoryMetrics::plus);
		}
		List<String> withoutCost = new ArrayList<>();
		BigDecimal onHand = base.zero();
		BigDecimal inbound = base.zero();
		BigDecimal reserved = base.zero();
		for (StockValue sku : bySku.values()) {
			if (sku.unitCost() == null) {
				withoutCost.add(sku.sku());
				continue;
			}
			onHand = onHand.add(sku.onHandValue().value());
			inbound = inbound.add(sku.inboundValue().value());
			reserved = reserved.add(sku.reservedValue().value());
		}
		return new InventoryValuation(base.code(), List.copyOf(lines), List.copyOf(bySku.values()), onHand, inbound,
				reserved, List.copyOf(withoutCost));
	}

	private static StockValue plus(StockValue a, StockValue b) {
		return new StockValue(a.sku(), null, a.onHand() + b.onHand(), a.inbound() + b.inbound(),
				a.reserved() + b.reserved(), a.unitCost(), plus(a.onHandValue(), b.onHandValue()),
				plus(a.inboundValue(), b.inboundValue()), plus(a.reservedValue(), b.reservedValue()));
	}

	private static Figure plus(Figure a, Figure b) {
		return (a.isAvailable() && b.isAvailable()) ? Figure.of(a.value().add(b.value())) : a;
	}

	/**
	 * Days of cover of every SKU that has stock positions.
	 * @param positions stock levels
	 * @param forecastDailyUnits forecast demand per day, by SKU
	 * @return cover per SKU, by SKU
	 */
	public List<SkuCover> cover(Collection<StockPosition> positions, Map<String, BigDecimal> forecastDailyUnits) {
		List<SkuCover> covers = new ArrayList<>();
		onHandBySku(positions).forEach((sku, onHand) -> {
			BigDecimal daily = forecastDailyUnits.get(sku);
			covers.add(new SkuCover(sku, onHand, daily, daysOfCover(sku, onHand, daily)));
		});
		return List.copyOf(covers);
	}

	/**
	 * SKUs with stock that is not selling, largest value at cost first.
	 * @param positions stock levels
	 * @param forecastDailyUnits forecast demand per day, by SKU
	 * @param lastSoldOn the last day each SKU sold, by SKU (absent if never)
	 * @param unitCostBySku unit cost in the base currency, by SKU
	 * @param asOf the day to judge at
	 * @param thresholds when a SKU is slow
	 * @param base the base currency
	 * @return the slow movers
	 */
	public List<SlowMover> slowMovers(Collection<StockPosition> positions, Map<String, BigDecimal> forecastDailyUnits,
			Map<String, LocalDate> lastSoldOn, Map<String, BigDecimal> unitCostBySku, LocalDate asOf,
			InventoryThresholds thresholds, BaseCurrency base) {
		List<SlowMover> slow = new ArrayList<>();
		for (SkuCover cover : cover(positions, forecastDailyUnits)) {
			if (cover.onHand() <= 0) {
				continue;
			}
			LocalDate lastSale = lastSoldOn.get(cover.sku());
			Long daysSince = (lastSale != null) ? ChronoUnit.DAYS.between(lastSale, asOf) : null;
			List<SlowMover.Reason> reasons = new ArrayList<>();
			if (daysSince == null || daysSince >= thresholds.slowMoverNoSalesDays()) {
				reasons.add(SlowMover.Reason.NO_RECENT_SALES);
			}
			if (coverAbove(cover, thresholds.slowMoverCoverDays())) {
				reasons.add(SlowMover.Reason.COVER_ABOVE_THRESHOLD);
			}
			if (!reasons.isEmpty()) {
				slow.add(new SlowMover(cover.sku(), cover.onHand(), lastSale, daysSince, cover.daysOfCover(),
						List.copyOf(reasons),
						valueOf(cover.sku(), cover.onHand(), unitCostBySku.get(cover.sku()), base)));
			}
		}
		slow.sort(Comparator.comparing(SlowMover::valueAtCost, LARGEST_VALUE_FIRST).thenComparing(SlowMover::sku));
		return List.copyOf(slow);
	}

	/**
	 * SKUs with more cover than the overstock threshold, largest excess value first.
	 * @param positions stock levels
	 * @param forecastDailyUnits forecast demand per day, by SKU
	 * @param unitCostBySku unit cost in the base currency, by SKU
	 * @param thresholds the overstock threshold
	 * @param base the base currency
	 * @return the overstocked SKUs
	 */
	public List<Overstock> overstock(Collection<StockPosition> positions, Map<String, BigDecimal> forecastDailyUnits,
			Map<String, BigDecimal> unitCostBySku, InventoryThresholds thresholds, BaseCurrency base) {
		List<Overstock> over = new ArrayList<>();
		for (SkuCover cover : cover(positions, forecastDailyUnits)) {
			if (cover.onHand() <= 0 || !coverAbove(cover, thresholds.overstockCoverDays())) {
				continue;
			}
			long needed = cover.forecastDailyUnits()
				.multiply(thresholds.overstockCoverDays())
				.setScale(0, RoundingMode.CEILING)
				.longValueExact();
			long excess = cover.onHand() - needed;
			over.add(new Overstock(cover.sku(), cover.onHand(), cover.forecastDailyUnits(), cover.daysOfCover(), excess,
					valueOf(cover.sku(), excess, unitCostBySku.get(cover.sku()), base)));
		}
		over.sort(
				Comparator.comparing(Overstock::excessValueAtCost, LARGEST_VALUE_FIRST).thenComparing(Overstock::sku));
		return List.copyOf(over);
	}

	/**
	 * Whether cover exceeds a number of days; a zero forecast with stock lasts forever, a
	 * missing forecast cannot be judged.
	 */
	private static boolean coverAbove(SkuCover cover, BigDecimal days) {
		if (cover.forecastDailyUnits() == null) {
			return false;
		}
		if (cover.forecastDailyUnits().signum() <= 0) {
			return cover.onHand() > 0;
		}
		return cover.daysOfCover().value().compareTo(days) > 0;
	}

	private static Figure daysOfCover(String sku, long onHand, BigDecimal daily) {
		if (daily == null) {
			return Figure.unavailable("no forecast for " + sku);
		}
		if (daily.signum() <= 0) {
			return Figure.unavailable(
					"forecast demand for " + sku + " is " + daily.toPlainString() + " a day; cover is unbounded");
		}
		return Figure.of(BigDecimal.valueOf(onHand)
			.divide(daily, MathContext.DECIMAL128)
			.setScale(DAYS_SCALE, BaseCurrency.ROUNDING));
	}

	private static SortedMap<String, Long> onHandBySku(Collection<StockPosition> positions) {
		SortedMap<String, Long> onHand = new TreeMap<>();
		for (StockPosition position : positions) {
			onHand.merge(position.sku(), position.countedOnHand(), Long::sum);
		}
		return onHand;
	}

	private static Figure valueOf(String sku, long units, BigDecimal unitCost, BaseCurrency base) {
		if (unitCost == null) {
			return Figure.unavailable("no unit cost for " + sku);
		}
		return Figure.of(base.round(unitCost.multiply(BigDecimal.valueOf(units))));
	}

}
