package io.sentia.forecasting.engine.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.ModelChoice;
import io.sentia.forecasting.engine.TimeSeries;
import io.sentia.forecasting.engine.ets.AutoEts;
import io.sentia.forecasting.engine.ets.EtsModel;

/**
 * Throughput in series per second of automatic ETS (every admissible structure fitted and
 * compared by AICc) on monthly-like series, on two threads so both cores of the reference
 * machine work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(2)
public class EtsBenchmark {

	private static final int SERIES = 256;

	private TimeSeries[] series;

	private final ForecastEngine engine = new ForecastEngine();

	@Setup
	public void generate() {
		this.series = MonthlySeries.generate(SERIES, 20261122L);
	}

	/** Each thread walks through the series from its own starting point. */
	@State(Scope.Thread)
	public static class Cursor {

		private int next = (int) (Thread.currentThread().threadId() * 97);

		int next() {
			return Math.floorMod(this.next++, SERIES);
		}

	}

	@Benchmark
	public EtsModel autoEts(Cursor cursor) {
		return AutoEts.fit(this.series[cursor.next()]);
	}

	@Benchmark
	public Forecast engineEtsWithIntervals(Cursor cursor) {
		return this.engine.forecast(this.series[cursor.next()], 18, ModelChoice.ETS);
	}

	@Benchmark
	public Forecast engineAuto(Cursor cursor) {
		return this.engine.forecast(this.series[cursor.next()], 18, ModelChoice.AUTO);
	}

}
