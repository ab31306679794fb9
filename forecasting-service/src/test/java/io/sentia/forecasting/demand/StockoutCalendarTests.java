package io.sentia.forecasting.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.forecasting.engine.hierarchy.SeriesKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StockoutCalendarTests {

	private static final LocalDate END = LocalDate.of(2026, 10, 11);

	@Test
	void aZeroLevelFlagsEveryDayItTouchesUntilTheNextLevel() {
		StockoutCalendar calendar = StockoutCalendar.of(List.of(level("MAIN", false, "2026-10-07T10:00:00Z", 0),
				level("MAIN", false, "2026-10-09T00:00:00Z", 5)), END);

		// Restocked at midnight: the 9th itself was in stock.
		assertThat(calendar.days(key("shopify", "UK"))).containsExactly(LocalDate.of(2026, 10, 7),
				LocalDate.of(2026, 10, 8));
	}

	@Test
	void theLastZeroLevelHoldsToTheEndOfTheHistory() {
		StockoutCalendar calendar = StockoutCalendar.of(List.of(level("MAIN", false, "2026-10-10T23:00:00Z", 0)), END);

		assertThat(calendar.days(key("wholesale", "UK"))).containsExactly(LocalDate.of(2026, 10, 10), END);
	}

	@Test
	void fbaStockOutsConcernOnlyAmazonInTheirRegion() {
		StockoutCalendar calendar = StockoutCalendar.of(List.of(level("amazon-fba:UK", true, "2026-10-11T01:00:00Z", 0),
				level("unleashed:MAIN", false, "2026-10-01T00:00:00Z", 40)), END);

		assertThat(calendar.days(key("amazon", "UK"))).containsExactly(END);
		assertThat(calendar.days(key("amazon", "US"))).isEmpty();
		assertThat(calendar.days(key("shopify", "UK"))).isEmpty();
	}

	@Test
	void warehouseStockOutsConcernAmazonOnlyWhenTheSkuHasNoFbaStock() {
		List<StockLevel> warehouseOnly = List.of(level("unleashed:MAIN", false, "2026-10-11T01:00:00Z", 0));
		List<StockLevel> withFba = List.of(level("amazon-fba:UK", true, "2026-10-01T00:00:00Z", 9),
				level("unleashed:MAIN", false, "2026-10-11T01:00:00Z", 0));

		assertThat(StockoutCalendar.of(warehouseOnly, END).days(key("amazon", "UK"))).containsExactly(END);
		assertThat(StockoutCalendar.of(withFba, END).days(key("amazon", "UK"))).isEmpty();
		assertThat(StockoutCalendar.of(withFba, END).days(key("shopify", "EU"))).containsExactly(END);
	}

	private static SeriesKey key(String channel, String region) {
		return new SeriesKey("WHISKY-12", channel, region);
	}

	private static StockLevel level(String location, boolean fba, String asOf, int onHand) {
		return new StockLevel("WHISKY-12", location, fba, Instant.parse(asOf), onHand);
	}

}
