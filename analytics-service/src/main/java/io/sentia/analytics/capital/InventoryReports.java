package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.analytics.catalog.Product;
import io.sentia.analytics.catalog.ProductRepository;
import io.sentia.analytics.forecasts.Forecast;
import io.sentia.analytics.forecasts.ForecastRepository;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.inventory.InventoryLevel;
import io.sentia.analytics.inventory.InventoryLevelRepository;
import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.inventory.InventoryMetrics;
import io.sentia.analytics.workingcapital.inventory.InventoryThresholds;
import io.sentia.analytics.workingcapital.inventory.StockPosition;

/**
 * Values the latest stock levels at the products' unit costs (converted at the as-of
 * day's rate) and judges them against the latest forecasts and last sales; cached until
 * stock, the catalogue, a forecast, an order or a rate changes.
 */
class InventoryReports {

	/** Decimals of forecast daily units. */
	static final int DAILY_UNITS_SCALE = 4;

	/** The series of a SKU's demand over every channel and region. */
	private static final String ALL = "all";

	private static final Set<CacheArea> READS = Set.of(CacheArea.INVENTORY, CacheArea.CATALOG, CacheArea.FORECASTS,
			CacheArea.SALES, CacheArea.FX, CacheArea.SETTINGS);

	private final InventoryLevelRepository levels;

	private final ProductRepository products;

	private final ForecastRepository forecasts;

	private final LedgerQueries ledger;

	private final FxConverter fx;

	private final AnswerCache cache;

	private final InventoryMetrics metrics = new InventoryMetrics();

	InventoryReports(InventoryLevelRepository levels, ProductRepository products, ForecastRepository forecasts,
			LedgerQueries ledger, FxConverter fx, AnswerCache cache) {
		this.levels = levels;
		this.products = products;
		this.forecasts = forecasts;
		this.ledger = ledger;
		this.fx = fx;
		this.cache = cache;
	}

	InventoryAnswer report(String tenantId, LocalDate asOf, InventoryThresholds thresholds) {
		String question = "inventory?asOf=" + asOf + "&noSales=" + thresholds.slowMoverNoSalesDays() + "&slowCover="
				+ thresholds.slowMoverCoverDays().toPlainString() + "&overstockCover="
				+ thresholds.overstockCoverDays().toPlainString();
		return this.cache.get(tenantId, READS, question, InventoryAnswer.class, () -> {
			Conversions conversions = Conversions.load(this.fx, tenantId, asOf, asOf);
			BaseCurrency base = conversions.base();
			List<StockPosition> positions = new ArrayList<>();
			for (InventoryLevel level : this.levels.levels(tenantId)) {
				positions.add(new StockPosition(level.sku(), level.locationId(), level.onHand(), level.inbound(),
						level.reserved()));
			}
			Map<String, BigDecimal> unitCosts = new HashMap<>();
			for (Product product : this.products.products(tenantId)) {
				if (product.unitCost() != null && product.unitCostCurrency() != null) {
					BigDecimal cost = conversions.toBaseUnrounded("unit cost of " + product.sku(), product.unitCost(),
							product.unitCostCurrency(), asOf);
					if (cost != null) {
						unitCosts.put(product.sku(), cost);
					}
				}
			}
			Map<String, BigDecimal> daily = forecastDailyUnits(this.forecasts.latestForecasts(tenantId), asOf);
			Map<String, LocalDate> lastSales = this.ledger.lastSaleDays(tenantId, asOf);
			return new InventoryAnswer(asOf, thresholds, this.metrics.valuation(positions, unitCosts, base),
					this.metrics.cover(positions, daily),
					this.metrics.slowMovers(positions, daily, lastSales, unitCosts, asOf, thresholds, base),
					this.metrics.overstock(positions, daily, unitCosts, thresholds, base), conversions.notes());
		});
	}

	/**
	 * Forecast units per day by SKU: a SKU's all-channel, all-region series if it has
	 * one, else the sum of its series; a series' rate is its points' quantity from the
	 * period holding {@code asOf} on, over those periods' days (all its points when none
	 * is that late).
	 */
	static Map<String, BigDecimal> forecastDailyUnits(List<Forecast> forecasts, LocalDate asOf) {
		Map<String, BigDecimal> total = new TreeMap<>();
		Map<String, BigDecimal> overall = new TreeMap<>();
		for (Forecast forecast : forecasts) {
			BigDecimal daily = dailyUnits(forecast, asOf);
			if (daily == null) {
				continue;
			}
			if (ALL.equals(forecast.channel()) && ALL.equals(forecast.region())) {
				overall.put(forecast.sku(), daily);
			}
			else {
				total.merge(forecast.sku(), daily, BigDecimal::add);
			}
		}
		total.putAll(overall);
		total.replaceAll((sku, daily) -> daily.setScale(DAILY_UNITS_SCALE, BaseCurrency.ROUNDING));
		return total;
	}

	private static BigDecimal dailyUnits(Forecast forecast, LocalDate asOf) {
		List<Forecast.Point> ahead = forecast.points()
			.stream()
			.filter((point) -> periodEnd(forecast, point).isAfter(asOf))
			.toList();
		List<Forecast.Point> used = ahead.isEmpty() ? forecast.points() : ahead;
		if (used.isEmpty()) {
			return null;
		}
		BigDecimal units = BigDecimal.ZERO;
		long days = 0;
		for (Forecast.Point point : used) {
			units = units.add(BigDecimal.valueOf(Math.max(point.quantity(), 0)));
			days += periodEnd(forecast, point).toEpochDay() - point.periodStart().toEpochDay();
		}
		return units.divide(BigDecimal.valueOf(days), MathContext.DECIMAL128);
	}

	/** The day after a point's period ends. */
	private static LocalDate periodEnd(Forecast forecast, Forecast.Point point) {
		return switch (forecast.granularity()) {
			case DAY -> point.periodStart().plusDays(1);
			case WEEK -> point.periodStart().plusWeeks(1);
			case MONTH -> point.periodStart().plusMonths(1);
		};
	}

}
