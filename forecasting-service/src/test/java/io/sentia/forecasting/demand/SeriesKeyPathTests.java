package io.sentia.forecasting.demand;

import io.sentia.forecasting.engine.hierarchy.HierarchyNode;
import io.sentia.servicekit.errors.ApiProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeriesKeyPathTests {

	@Test
	void readsEachLevelFromWhereTheKeySaysAll() {
		assertThat(SeriesKeyPath.parse("WHISKY-12:shopify:UK").level()).isEqualTo(HierarchyNode.Level.BOTTOM);
		assertThat(SeriesKeyPath.parse("WHISKY-12:all:all").level()).isEqualTo(HierarchyNode.Level.SKU);
		assertThat(SeriesKeyPath.parse("all:all:UK").level()).isEqualTo(HierarchyNode.Level.REGION);
		assertThat(SeriesKeyPath.parse("all:all:all").level()).isEqualTo(HierarchyNode.Level.TOTAL);
	}

	@Test
	void aSkuMayContainAColon() {
		SeriesKeyPath key = SeriesKeyPath.parse("HH:GIFT:2026:amazon:US");

		assertThat(key.sku()).isEqualTo("HH:GIFT:2026");
		assertThat(key.channel()).isEqualTo("amazon");
		assertThat(key.region()).isEqualTo("US");
	}

	@Test
	void rejectsKeysThatNameNoSeries() {
		for (String key : new String[] { "WHISKY-12", "WHISKY-12:shopify", ":shopify:UK", "WHISKY-12::UK",
				"WHISKY-12:shopify:", "all:shopify:all", "WHISKY-12:shopify:all" }) {
			assertThatExceptionOfType(ApiProblemException.class).as(key)
				.isThrownBy(() -> SeriesKeyPath.parse(key))
				.satisfies((ex) -> assertThat(ex.getStatus().value()).isEqualTo(400));
		}
	}

}
