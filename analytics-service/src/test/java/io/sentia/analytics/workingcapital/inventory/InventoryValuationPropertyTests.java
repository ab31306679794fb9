package io.sentia.analytics.workingcapital.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.Figure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The valuation reconciles at every level and does not depend on the positions' order.
 */
class InventoryValuationPropertyTests {

	private static final BaseCurrency GBP = BaseCurrency.of("GBP");

	private static final Map<String, BigDecimal> UNIT_COST = Map.of("S1", new BigDecimal("0.335"), "S2",
			new BigDecimal("12.4449"), "S3", new BigDecimal("7"));

	private final InventoryMetrics metrics = new InventoryMetrics();

	@Property(tries = 300)
	void locationsAddUpToSkusAndSkusToTheTotalToTheCent(@ForAll("positions") List<StockPosition> positions) {
		InventoryValuation valuation = this.metrics.valuation(positions, UNIT_COST, GBP);

		for (StockValue sku : valuation.skus()) {
			if (sku.unitCost() == null) {
				continue;
			}
			BigDecimal locations = valuation.lines()
				.stream()
				.filter((line) -> line.sku().equals(sku.sku()))
				.map((line) -> line.onHandValue().value())
				.reduce(GBP.zero(), BigDecimal::add);
			assertThat(sku.onHandValue().value()).isEqualTo(locations);
		}
		BigDecimal skus = valuation.skus()
			.stream()
			.map(StockValue::onHandValue)
			.filter(Figure::isAvailable)
			.map(Figure::value)
			.reduce(GBP.zero(), BigDecimal::add);
		assertThat(valuation.onHandValue()).isEqualTo(skus);
	}

	@Property(tries = 200)
	void thePositionsOrderChangesNothing(@ForAll("positions") List<StockPosition> positions, @ForAll long seed) {
		List<StockPosition> shuffled = new ArrayList<>(positions);
		Collections.shuffle(shuffled, new Random(seed));
		Map<String, BigDecimal> forecast = Map.of("S1", new BigDecimal("0.5"), "S2", BigDecimal.ZERO);

		assertThat(this.metrics.valuation(shuffled, UNIT_COST, GBP))
			.isEqualTo(this.metrics.valuation(positions, UNIT_COST, GBP));
		assertThat(this.metrics.overstock(shuffled, forecast, UNIT_COST, InventoryThresholds.defaults(), GBP))
			.isEqualTo(this.metrics.overstock(positions, forecast, UNIT_COST, InventoryThresholds.defaults(), GBP));
	}

	@Provide
	Arbitrary<List<StockPosition>> positions() {
		Arbitrary<StockPosition> position = Combinators
			.combine(Arbitraries.of("S1", "S2", "S3", "S4"), Arbitraries.of("wh", "fba-uk", "fba-de", "3pl"),
					Arbitraries.longs().between(-20, 5000), Arbitraries.longs().between(0, 500),
					Arbitraries.longs().between(0, 50))
			.as(StockPosition::new);
		return position.list()
			.ofMaxSize(16)
			.uniqueElements((candidate) -> candidate.sku() + "@" + candidate.locationId());
	}

}
