package io.sentia.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A new demand forecast for one series (SKU by channel and region). It replaces every
 * earlier forecast of the series.
 *
 * @param tenantId owning tenant
 * @param forecastId unique id of this forecast
 * @param series the demand series forecast
 * @param model the model that produced it, e.g. {@code ets}, {@code theta},
 * {@code croston}
 * @param granularity length of one period
 * @param historyEnd last date of the demand history the model saw
 * @param generatedAt when the forecast was made
 * @param points one point per future period, in order, at least one
 * @param accuracy how the model did on a backtest, or {@code null} when the history was
 * too short to backtest
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ForecastPublished(String tenantId, String forecastId, SeriesKey series, String model,
		Granularity granularity, LocalDate historyEnd, Instant generatedAt, List<Point> points,
		BacktestAccuracy accuracy) implements SentiaEvent {

	public static final String TYPE = "sentia.forecasting.forecast.published.v1";

	public ForecastPublished {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(forecastId, "forecastId");
		Invariants.required(series, "series");
		Invariants.requiredText(model, "model");
		Invariants.required(granularity, "granularity");
		Invariants.required(historyEnd, "historyEnd");
		Invariants.required(generatedAt, "generatedAt");
		points = Invariants.copyOf(points, "points");
		if (points.isEmpty()) {
			throw new IllegalArgumentException("points must hold at least one period");
		}
		for (int i = 1; i < points.size(); i++) {
			if (!points.get(i).periodStart().isAfter(points.get(i - 1).periodStart())) {
				throw new IllegalArgumentException("points must be in ascending order of periodStart");
			}
		}
	}

	@Override
	public String entityId() {
		return this.series.sku() + ":" + this.series.channel() + ":" + this.series.region();
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.FORECASTING_FORECASTS;
	}

	/**
	 * Identifies a demand series.
	 *
	 * @param sku stock keeping unit
	 * @param channel sales channel as in {@link OrderUpserted#channel()}, or {@code all}
	 * @param region sales region as in {@link OrderUpserted#region()}, or {@code all}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record SeriesKey(String sku, String channel, String region) {

		public SeriesKey {
			Invariants.requiredText(sku, "series.sku");
			Invariants.requiredText(channel, "series.channel");
			Invariants.requiredText(region, "series.region");
		}

	}

	/** Length of one forecast period. */
	public enum Granularity {

		@JsonProperty("day")
		DAY,

		@JsonProperty("week")
		WEEK,

		@JsonProperty("month")
		MONTH

	}

	/**
	 * Forecast demand of one period with nested prediction intervals.
	 *
	 * @param periodStart first day of the period
	 * @param quantity point forecast in units
	 * @param interval80 80% prediction interval
	 * @param interval90 90% prediction interval, containing the 80% one
	 * @param interval95 95% prediction interval, containing the 90% one
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Point(LocalDate periodStart, double quantity, Interval interval80, Interval interval90,
			Interval interval95) {

		public Point {
			Invariants.required(periodStart, "points.periodStart");
			Invariants.finite(quantity, "points.quantity");
			Invariants.required(interval80, "points.interval80");
			Invariants.required(interval90, "points.interval90");
			Invariants.required(interval95, "points.interval95");
			if (!interval90.contains(interval80) || !interval95.contains(interval90)) {
				throw new IllegalArgumentException(
						"prediction intervals of " + periodStart + " must nest: 80% within 90% within 95%");
			}
		}

	}

	/**
	 * A prediction interval in units.
	 *
	 * @param lower lower bound
	 * @param upper upper bound, not below {@code lower}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Interval(double lower, double upper) {

		public Interval {
			Invariants.finite(lower, "interval.lower");
			Invariants.finite(upper, "interval.upper");
			if (upper < lower) {
				throw new IllegalArgumentException("interval upper " + upper + " must not be below lower " + lower);
			}
		}

		boolean contains(Interval other) {
			return this.lower <= other.lower && other.upper <= this.upper;
		}

	}

	/**
	 * Accuracy of the model on rolling-origin backtests over the series' own history.
	 *
	 * @param windows number of backtest windows
	 * @param smape symmetric mean absolute percentage error, 0 to 200
	 * @param mase mean absolute scaled error, or {@code null} when the naive forecast's
	 * error is zero and the ratio is undefined
	 * @param coverage80 share of actuals inside the 80% interval, 0 to 1
	 * @param coverage90 share of actuals inside the 90% interval, 0 to 1
	 * @param coverage95 share of actuals inside the 95% interval, 0 to 1
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record BacktestAccuracy(int windows, double smape, Double mase, double coverage80, double coverage90,
			double coverage95) {

		public BacktestAccuracy {
			Invariants.positive(windows, "accuracy.windows");
			Invariants.finite(smape, "accuracy.smape");
			if (mase != null) {
				Invariants.finite(mase, "accuracy.mase");
			}
			Invariants.fraction(coverage80, "accuracy.coverage80");
			Invariants.fraction(coverage90, "accuracy.coverage90");
			Invariants.fraction(coverage95, "accuracy.coverage95");
		}

	}

}
