package io.sentia.analytics.forecasts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.events.ForecastPublished;
import io.sentia.events.ForecastPublished.Granularity;
import org.jspecify.annotations.Nullable;

/**
 * The latest forecast of one demand series.
 *
 * @param tenantId owning tenant
 * @param sku the series' SKU
 * @param channel the series' channel, or {@code all}
 * @param region the series' region, or {@code all}
 * @param forecastId id of the forecast
 * @param model model that made it
 * @param granularity length of one period
 * @param historyEnd last date of history the model saw
 * @param generatedAt when it was made
 * @param smape backtest sMAPE, or {@code null} if not backtested
 * @param mase backtest MASE, or {@code null}
 * @param points one point per period, by period start
 */
public record Forecast(String tenantId, String sku, String channel, String region, String forecastId, String model,
		Granularity granularity, LocalDate historyEnd, Instant generatedAt, @Nullable Double smape,
		@Nullable Double mase, List<Point> points) {

	public Forecast {
		points = List.copyOf(points);
	}

	static Forecast of(ForecastPublished forecast) {
		return new Forecast(forecast.tenantId(), forecast.series().sku(), forecast.series().channel(),
				forecast.series().region(), forecast.forecastId(), forecast.model(), forecast.granularity(),
				forecast.historyEnd(), forecast.generatedAt(),
				(forecast.accuracy() != null) ? forecast.accuracy().smape() : null,
				(forecast.accuracy() != null) ? forecast.accuracy().mase() : null,
				forecast.points()
					.stream()
					.map((point) -> new Point(point.periodStart(), point.quantity(), point.interval80().lower(),
							point.interval80().upper(), point.interval90().lower(), point.interval90().upper(),
							point.interval95().lower(), point.interval95().upper()))
					.toList());
	}

	/**
	 * Forecast demand of one period, in units.
	 *
	 * @param periodStart first day of the period
	 * @param quantity point forecast
	 * @param lower80 lower bound of the 80% interval
	 * @param upper80 upper bound of the 80% interval
	 * @param lower90 lower bound of the 90% interval
	 * @param upper90 upper bound of the 90% interval
	 * @param lower95 lower bound of the 95% interval
	 * @param upper95 upper bound of the 95% interval
	 */
	public record Point(LocalDate periodStart, double quantity, double lower80, double upper80, double lower90,
			double upper90, double lower95, double upper95) {
	}

}
