package io.sentia.analytics.forecasts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sentia.events.ForecastPublished.Granularity;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecasts read model on real PostgreSQL: one forecast per series, the latest made,
 * with exactly its own points and intervals.
 */
@JdbcTest
class ForecastRepositoryTests extends InfrastructureTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-0000000f0c02";

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	private JdbcClient jdbc;

	private ForecastRepository forecasts;

	@BeforeEach
	void repository() {
		this.forecasts = new ForecastRepository(this.jdbc);
	}

	@Test
	void theLatestForecastOfASeriesReplacesItsPointsAndAnEarlierOneDoesNot() {
		this.forecasts.upsert(forecast("GIN-70", "shopify", "f-1", T0, 6));
		this.forecasts.upsert(forecast("GIN-70", "shopify", "f-2", T0.plusSeconds(60), 2));
		this.forecasts.upsert(forecast("GIN-70", "shopify", "f-0", T0.minusSeconds(60), 9));
		this.forecasts.upsert(forecast("GIN-70", "amazon", "f-3", T0, 1));

		List<Forecast> latest = this.forecasts.latestForecasts(TENANT);

		assertThat(latest).extracting((forecast) -> forecast.channel() + " " + forecast.forecastId())
			.containsExactly("amazon f-3", "shopify f-2");
		Forecast shopify = latest.get(1);
		assertThat(shopify.points()).extracting(Forecast.Point::periodStart)
			.containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
		assertThat(shopify.points().get(1))
			.isEqualTo(new Forecast.Point(LocalDate.of(2026, 3, 9), 11.5, 9, 14, 8, 15, 7, 16));
		assertThat(shopify.granularity()).isEqualTo(Granularity.WEEK);
		assertThat(shopify.smape()).isEqualTo(12.5);
		assertThat(shopify.mase()).isNull();
	}

	private static Forecast forecast(String sku, String channel, String id, Instant generatedAt, int points) {
		List<Forecast.Point> forecastPoints = new ArrayList<>();
		for (int i = 0; i < points; i++) {
			forecastPoints.add(new Forecast.Point(LocalDate.of(2026, 3, 2).plusWeeks(i), 10.5 + i, 8 + i, 13 + i, 7 + i,
					14 + i, 6 + i, 15 + i));
		}
		return new Forecast(TENANT, sku, channel, "UK", id, "ets", Granularity.WEEK, LocalDate.of(2026, 3, 1),
				generatedAt, 12.5, null, forecastPoints);
	}

}
