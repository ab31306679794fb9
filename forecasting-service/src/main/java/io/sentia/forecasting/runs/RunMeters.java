package io.sentia.forecasting.runs;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sentia.forecasting.engine.hierarchy.HierarchyNode;

/**
 * Meters runs as they end: {@code sentia.forecasting.runs} counts them by {@code trigger}
 * ({@code manual}, {@code scheduled}) and {@code outcome} ({@code succeeded},
 * {@code failed}), {@code sentia.forecasting.run.duration} times those this instance
 * carried out, and {@code sentia.forecasting.series.forecast} counts the SKU × channel ×
 * region series of succeeded runs by accuracy band. No tag names a tenant.
 */
class RunMeters {

	static final String SUCCEEDED = "succeeded";

	static final String FAILED = "failed";

	private final MeterRegistry meters;

	RunMeters(MeterRegistry meters) {
		this.meters = meters;
		// Registered at zero, so a first failure is an increase and the names are
		// exported
		// before any run ended.
		for (String trigger : List.of(RunService.MANUAL, RunService.SCHEDULED)) {
			for (String outcome : List.of(SUCCEEDED, FAILED)) {
				counted(trigger, outcome, 0);
				timer(trigger, outcome);
			}
		}
		forecast(List.of());
	}

	/** A run this instance carried out ended after {@code duration}. */
	void ended(String trigger, String outcome, Duration duration) {
		counted(trigger, outcome, 1);
		timer(trigger, outcome).record(duration);
	}

	/**
	 * Runs failed without being carried out here (refused, or abandoned by their
	 * instance).
	 */
	void failed(String trigger, int runs) {
		counted(trigger, FAILED, runs);
	}

	/**
	 * Counts the bottom-level series of a succeeded run by the band of their backtest.
	 */
	void forecast(List<SeriesResult> results) {
		int[] perBand = new int[AccuracyBand.values().length];
		for (SeriesResult result : results) {
			if (result.node().level() == HierarchyNode.Level.BOTTOM) {
				perBand[AccuracyBand.of(result.accuracy().get(SeriesResult.AUTO)).ordinal()]++;
			}
		}
		for (AccuracyBand band : AccuracyBand.values()) {
			Counter.builder("sentia.forecasting.series.forecast")
				.description("SKU x channel x region series forecast by succeeded runs, by backtest accuracy band")
				.tag("band", band.id())
				.register(this.meters)
				.increment(perBand[band.ordinal()]);
		}
	}

	private Timer timer(String trigger, String outcome) {
		return Timer.builder("sentia.forecasting.run.duration")
			.description("Time from the start of a run on this instance to its end")
			.tag("trigger", trigger)
			.tag("outcome", outcome)
			.register(this.meters);
	}

	private void counted(String trigger, String outcome, int runs) {
		Counter.builder("sentia.forecasting.runs")
			.description("Forecast runs that ended, by trigger and outcome")
			.tag("trigger", trigger)
			.tag("outcome", outcome)
			.register(this.meters)
			.increment(runs);
	}

}
