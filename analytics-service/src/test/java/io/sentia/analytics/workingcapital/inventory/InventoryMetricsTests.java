package io.sentia.analytics.workingcapital.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InventoryMetricsTests {

	private static final BaseCurrency GBP = BaseCurrency.of("GBP");

	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static final List<StockPosition> POSITIONS = List.of(new StockPosition("SKU-A", "wh", 100, 50, 10),
			new StockPosition("SKU-A", "fba-uk", 20, 0, 0), new StockPosition("SKU-B", "wh", -5, 30, 0),
			new StockPosition("SKU-C", "wh", 40, 0, 0), new StockPosition("SKU-D", "wh", 10, 0, 0));

	private static final Map<String, BigDecimal> UNIT_COST = Map.of("SKU-A", new BigDecimal("2.505"), "SKU-B",
			new BigDecimal("3.00"), "SKU-D", new BigDecimal("1.00"));

	private static final Map<String, BigDecimal> FORECAST = Map.of("SKU-A", new BigDecimal("4"), "SKU-B",
			new BigDecimal("2"), "SKU-D", BigDecimal.ZERO);

	private static final InventoryThresholds THRESHOLDS = new InventoryThresholds(60, new BigDecimal("25"),
			new BigDecimal("20"));

	private final InventoryMetrics metrics = new InventoryMetrics();

	@Test
	void valuesOnHandInboundAndReservedAtCostPerLocationAndSku() {
		InventoryValuation valuation = this.metrics.valuation(POSITIONS, UNIT_COST, GBP);

		StockValue warehouseA = valuation.lines().get(1);
		assertThat(warehouseA.locationId()).isEqualTo("wh");
		// 100 × 2.505, 50 × 2.505, 10 × 2.505.
		assertThat(warehouseA.onHandValue()).isEqualTo(Figure.of(new BigDecimal("250.50")));
		assertThat(warehouseA.inboundValue()).isEqualTo(Figure.of(new BigDecimal("125.25")));
		assertThat(warehouseA.reservedValue()).isEqualTo(Figure.of(new BigDecimal("25.05")));
		StockValue skuA = valuation.skus().get(0);
		assertThat(skuA.locationId()).isNull();
		assertThat(skuA.onHand()).isEqualTo(120);
		assertThat(skuA.onHandValue()).isEqualTo(Figure.of(new BigDecimal("300.60")));
		// Oversold stock is worth nothing, not less than nothing.
		assertThat(valuation.lines().get(2).onHandValue()).isEqualTo(Figure.of(new BigDecimal("0.00")));
		assertThat(valuation.lines().get(3).onHandValue()).isEqualTo(Figure.unavailable("no unit cost for SKU-C"));
		assertThat(valuation.onHandValue()).isEqualTo(new BigDecimal("310.60"));
		assertThat(valuation.inboundValue()).isEqualTo(new BigDecimal("215.25"));
		assertThat(valuation.reservedValue()).isEqualTo(new BigDecimal("25.05"));
		assertThat(valuation.skusWithoutCost()).containsExactly("SKU-C");
	}

	@Test
	void aSkusValueIsTheSumOfItsLocationsToTheCent() {
		List<StockPosition> thirds = List.of(new StockPosition("S", "a", 1, 0, 0), new StockPosition("S", "b", 1, 0, 0),
				new StockPosition("S", "c", 1, 0, 0));

		InventoryValuation valuation = this.metrics.valuation(thirds, Map.of("S", new BigDecimal("0.335")), GBP);

		// Each location 0.335 → 0.34 (half-even); the SKU is 1.02, not 3 × 0.335 = 1.005
		// → 1.00.
		assertThat(valuation.skus().get(0).onHandValue().value()).isEqualTo(new BigDecimal("1.02"));
		assertThat(valuation.onHandValue()).isEqualTo(new BigDecimal("1.02"));
	}

	@Test
	void rejectsTwoPositionsForOneSkuAndLocation() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.metrics.valuation(
				List.of(new StockPosition("S", "a", 1, 0, 0), new StockPosition("S", "a", 2, 0, 0)), Map.of(), GBP));
	}

	@Test
	void daysOfCoverIsOnHandOverForecastDailyUnitsOrSaysWhyNot() {
		List<SkuCover> cover = this.metrics.cover(POSITIONS, FORECAST);

		assertThat(cover).extracting(SkuCover::sku).containsExactly("SKU-A", "SKU-B", "SKU-C", "SKU-D");
		assertThat(cover.get(0).daysOfCover()).isEqualTo(Figure.of(new BigDecimal("30.00")));
		assertThat(cover.get(1).daysOfCover()).isEqualTo(Figure.of(new BigDecimal("0.00")));
		assertThat(cover.get(2).daysOfCover()).isEqualTo(Figure.unavailable("no forecast for SKU-C"));
		assertThat(cover.get(3).daysOfCover().unavailableReason()).contains("SKU-D", "unbounded");
	}

	@Test
	void slowMoversHaveNoRecentSalesOrTooMuchCover() {
		List<SlowMover> slow = this.metrics.slowMovers(POSITIONS, FORECAST,
				Map.of("SKU-A", AS_OF.minusDays(1), "SKU-C", LocalDate.of(2026, 4, 1)), UNIT_COST, AS_OF, THRESHOLDS,
				GBP);

		assertThat(slow).extracting(SlowMover::sku).containsExactly("SKU-A", "SKU-D", "SKU-C");
		assertThat(slow.get(0).reasons()).containsExactly(SlowMover.Reason.COVER_ABOVE_THRESHOLD);
		assertThat(slow.get(0).valueAtCost()).isEqualTo(Figure.of(new BigDecimal("300.60")));
		assertThat(slow.get(1).reasons()).containsExactly(SlowMover.Reason.NO_RECENT_SALES,
				SlowMover.Reason.COVER_ABOVE_THRESHOLD);
		assertThat(slow.get(1).daysSinceLastSale()).isNull();
		assertThat(slow.get(2).reasons()).containsExactly(SlowMover.Reason.NO_RECENT_SALES);
		assertThat(slow.get(2).daysSinceLastSale()).isEqualTo(90);
	}

	@Test
	void aSaleWithinTheWindowIsNotSlow() {
		List<SlowMover> slow = this.metrics.slowMovers(List.of(new StockPosition("S", "a", 5, 0, 0)),
				Map.of("S", BigDecimal.ONE), Map.of("S", AS_OF.minusDays(59)), Map.of(), AS_OF, THRESHOLDS, GBP);
		List<SlowMover> sixtyDays = this.metrics.slowMovers(List.of(new StockPosition("S", "a", 5, 0, 0)),
				Map.of("S", BigDecimal.ONE), Map.of("S", AS_OF.minusDays(60)), Map.of(), AS_OF, THRESHOLDS, GBP);

		assertThat(slow).isEmpty();
		assertThat(sixtyDays).singleElement()
			.satisfies((mover) -> assertThat(mover.reasons()).containsExactly(SlowMover.Reason.NO_RECENT_SALES));
	}

	@Test
	void overstockIsCoverAboveTheThresholdWithTheExcessAtCost() {
		List<Overstock> over = this.metrics.overstock(POSITIONS, FORECAST, UNIT_COST, THRESHOLDS, GBP);

		assertThat(over).extracting(Overstock::sku).containsExactly("SKU-A", "SKU-D");
		// 120 on hand − ⌈4 × 20⌉ = 40 units × 2.505.
		assertThat(over.get(0).excessUnits()).isEqualTo(40);
		assertThat(over.get(0).excessValueAtCost()).isEqualTo(Figure.of(new BigDecimal("100.20")));
		// No demand at all: every unit is excess.
		assertThat(over.get(1).excessUnits()).isEqualTo(10);
		assertThat(over.get(1).excessValueAtCost()).isEqualTo(Figure.of(new BigDecimal("10.00")));
	}

}
