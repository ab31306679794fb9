package io.sentia.forecasting.series;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What the series APIs answer.
 */
final class SeriesViews {

	private SeriesViews() {
	}

	/**
	 * One page of series of the newest succeeded run.
	 *
	 * @param runId the run, null when none has succeeded yet
	 * @param historyEnd last day of the history it fitted
	 * @param generatedAt when it finished
	 * @param total series matching the filters
	 * @param limit page size
	 * @param offset series skipped
	 * @param series this page
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record SeriesPage(UUID runId, LocalDate historyEnd, Instant generatedAt, int total, int limit, int offset,
			List<SeriesSummary> series) {

	}

	/**
	 * A series in a listing.
	 *
	 * @param key {@code sku:channel:region}, {@code all} where the series spans
	 * @param level {@code total}, {@code sku}, {@code region} or {@code bottom}
	 * @param band {@code good}, {@code fair}, {@code poor} or {@code unknown}
	 * @param mase the automatic model's backtest MASE
	 * @param naiveMase the naive forecast's MASE on the same backtest
	 * @param beatsNaive whether the automatic model's MASE is below the naive one's
	 * @param wape the automatic model's backtest WAPE in percent
	 * @param historyWeeks weeks fitted
	 * @param adjustedWeeks weeks among them adjusted for stock-outs
	 */
	record SeriesSummary(String key, String level, String sku, String channel, String region, String model, String band,
			Double mase, Double naiveMase, Boolean beatsNaive, Double wape, int historyWeeks, int adjustedWeeks) {

	}

	/**
	 * A series' history and forecast from the newest run.
	 *
	 * @param granularity always {@code week}: ISO weeks of UTC days
	 * @param history fitted weeks, oldest first
	 * @param forecast future weeks, the first the week after {@code historyEnd}
	 */
	record SeriesForecast(String key, String level, String sku, String channel, String region, String model,
			int seasonLength, UUID runId, String granularity, LocalDate historyEnd, List<HistoryWeek> history,
			List<ForecastWeek> forecast) {

	}

	/**
	 * @param periodStart the week's Monday
	 * @param quantity units ordered
	 * @param adjusted units as fitted: differs where stock-outs were adjusted
	 */
	record HistoryWeek(LocalDate periodStart, double quantity, double adjusted) {

	}

	/**
	 * @param periodStart the week's Monday
	 * @param point the final forecast in units: the baseline with the planner's overrides
	 * applied (for an aggregate, its own override or the sum of its series' changes)
	 * @param baseline the reconciled statistical forecast the run produced
	 * @param eventUplift units the calendar's events add to the baseline (for an
	 * aggregate, summed over its series); 0 when none
	 * @param override the planner's override of this series' week, null when none
	 * @param interval80 the interval around the final point (the baseline's, moved with
	 * it)
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ForecastWeek(LocalDate periodStart, double point, double baseline, double eventUplift,
			@Nullable OverrideNote override, Interval interval80, Interval interval90, Interval interval95) {

	}

	/**
	 * Who overrode a week, to what and why.
	 *
	 * @param quantity the planner's number
	 * @param reason why
	 * @param by the subject who set it (user id or partner client id)
	 * @param email the user's email, null for partners
	 * @param at when
	 */
	record OverrideNote(double quantity, String reason, String by, @Nullable String email, Instant at) {

	}

	record Interval(double lower, double upper) {

	}

	/**
	 * Backtest accuracy of a series per model.
	 *
	 * @param models {@code auto} (what the run forecasts with), {@code naive} and, for
	 * seasonal series, {@code snaive}; empty for aggregates and series too short to test
	 * @param versusNaive how the automatic model compares with the naive forecast
	 */
	record SeriesAccuracy(String key, String level, UUID runId, String band, List<ModelAccuracy> models,
			Comparison versusNaive) {

	}

	/**
	 * @param model model id
	 * @param windows backtest origins
	 * @param points forecasts scored
	 * @param mase mean absolute scaled error (1 = the in-sample naive error)
	 * @param smape symmetric MAPE, 0..200
	 * @param wape total absolute error over total demand, percent
	 * @param bias total error over total demand, percent; positive over-forecasts
	 * @param coverage80 share of actuals inside the 80% interval
	 */
	record ModelAccuracy(String model, int windows, int points, Double mase, Double smape, Double wape, Double bias,
			Double coverage80, Double coverage90, Double coverage95) {

	}

	/**
	 * @param baseline the baseline model
	 * @param maseRatio auto's MASE over the baseline's; below 1 beats it
	 * @param beatsBaseline whether the ratio is below 1
	 */
	record Comparison(String baseline, Double maseRatio, Boolean beatsBaseline) {

	}

}
