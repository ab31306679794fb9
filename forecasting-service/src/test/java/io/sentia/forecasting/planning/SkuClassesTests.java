package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkuClassesTests {

	@Test
	void skusAreRankedByForecastValueIntoEightyFifteenFive() {
		// Values 700, 150, 100, 40, 10 of 1000: A holds what starts below 80% (700 starts
		// at
		// 0%, 150 at 70%), B below 95% (100 at 85%), C the rest (40 at 95%, 10 at 99%).
		SkuClasses classes = SkuClasses.of(List.of(demand("D", 4, "10"), demand("A", 70, "10"), demand("E", 1, "10"),
				demand("B", 15, "10"), demand("C", 10, "10")));

		assertThat(classes.basis()).isEqualTo("forecast value");
		assertThat(List.of("A", "B", "C", "D", "E")).map(classes::classOf).containsExactly("A", "A", "B", "C", "C");
	}

	@Test
	void valueNotUnitsDecides() {
		SkuClasses classes = SkuClasses.of(List.of(demand("CHEAP", 1000, "0.10"), demand("CASK", 10, "900")));

		assertThat(classes.classOf("CASK")).isEqualTo("A");
		assertThat(classes.classOf("CHEAP")).as("100 of 9100 in value, starting at 98.9%").isEqualTo("C");
	}

	@Test
	void withoutEveryUnitCostSkusAreRankedByUnits() {
		SkuClasses classes = SkuClasses.of(List.of(demand("CHEAP", 1000, "0.10"),
				new SkuClasses.Demand("UNKNOWN", 10, null), demand("CASK", 10, "900")));

		assertThat(classes.basis()).isEqualTo("forecast units");
		assertThat(classes.classOf("CHEAP")).isEqualTo("A");
		assertThat(classes.classOf("CASK")).isEqualTo("C");
		assertThat(classes.classOf("NOT-FORECAST")).isEqualTo("C");
	}

	@Test
	void noDemandAtAllMakesEverySkuC() {
		SkuClasses classes = SkuClasses.of(List.of(demand("A", 0, "1"), demand("B", 0, "1")));

		assertThat(classes.classOf("A")).isEqualTo("C");
		assertThat(classes.classOf("B")).isEqualTo("C");
	}

	private static SkuClasses.Demand demand(String sku, double units, String unitCost) {
		return new SkuClasses.Demand(sku, units, new BigDecimal(unitCost));
	}

}
