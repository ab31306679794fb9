import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.forecasting.demand.DemandSeries;
import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;
import io.sentia.forecasting.runs.DemandForecaster;
import io.sentia.forecasting.runs.ForecastWorkers;
import io.sentia.forecasting.runs.RunSettings;
import io.sentia.forecasting.runs.SeriesResult;

/**
 * Times one forecast run of synthetic weekly demand through the run service's computation
 * (io.sentia.forecasting.runs.DemandForecaster, as RunService calls it: engine auto per
 * node on the shared bounded workers, backtest of auto/naive/snaive per bottom series,
 * WLS reconciliation). Database reads and writes are not included.
 *
 * Arguments: [series] [threads] [weeks] [backtest windows]; defaults 10000, cores, 156, 2.
 */
public class ServiceRun {

	private static final String[][] OUTLETS = { { "shopify", "UK" }, { "shopify", "EU" }, { "shopify", "US" },
			{ "amazon", "UK" }, { "amazon", "US" } };

	public static void main(String[] args) throws Exception {
		int series = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 156;
		int windows = args.length > 3 ? Integer.parseInt(args[3]) : 2;
		WeeklyDemand demand = synthetic(series, weeks, new Random(20261122));
		long intermittent = demand.series().stream().filter((s) -> zeroShare(s.fitted()) > 0.3).count();
		System.out.printf("series: %d bottom (%d with >30%% zero weeks), %d weeks, %d threads, %d backtest windows,"
				+ " horizon 13%n", demand.series().size(), intermittent, weeks, threads, windows);
		DemandForecaster forecaster = new DemandForecaster(new ForecastEngine(), new RunSettings(13, windows, 13));
		AtomicInteger lastReported = new AtomicInteger();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		long cpuStart = os.getProcessCpuTime();
		long start = System.nanoTime();
		try (ForecastWorkers workers = new ForecastWorkers(threads)) {
			List<SeriesResult> results = forecaster.forecast(demand, workers.executor(), 2 * threads, (done, total) -> {
				long seconds = (System.nanoTime() - start) / 1_000_000_000L;
				if (seconds / 30 > lastReported.get()) {
					lastReported.set((int) (seconds / 30));
					System.out.printf("  %5d s: %d/%d series%n", seconds, done, total);
				}
			});
			double elapsed = (System.nanoTime() - start) / 1e9;
			System.out.printf("forecast %d series (%d bottom + %d SKU/region/total) in %.1f s: %.1f series/s,"
					+ " %.1f bottom series/s%n", results.size(), demand.series().size(),
					results.size() - demand.series().size(), elapsed, results.size() / elapsed,
					demand.series().size() / elapsed);
			// Other people's processes share this machine: CPU time tells what the run costs.
			double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
			System.out.printf("CPU time %.1f s (%.2f cores busy on average): %.1f series per CPU-second,"
					+ " i.e. %.1f series/s on %d free cores%n", cpu, cpu / elapsed, results.size() / cpu,
					threads * results.size() / cpu, threads);
		}
	}

	/** SKUs sold through five outlets; a fifth of SKUs are newer, two in five sell a few units a week. */
	static WeeklyDemand synthetic(int count, int weeks, Random random) {
		List<DemandSeries> series = new ArrayList<>(count);
		int skus = (count + OUTLETS.length - 1) / OUTLETS.length;
		for (int s = 0; s < skus && series.size() < count; s++) {
			double skuLevel = Math.exp(random.nextGaussian() * 1.2 + 1.5);
			double trend = random.nextGaussian() * 0.002;
			double seasonality = random.nextDouble() * 0.5;
			int firstWeek = random.nextDouble() < 0.2 ? weeks - 20 - random.nextInt(Math.max(1, weeks - 40)) : 0;
			for (String[] outlet : OUTLETS) {
				if (series.size() == count) {
					break;
				}
				double level = skuLevel * (0.2 + random.nextDouble());
				double[] values = new double[weeks];
				for (int w = firstWeek; w < weeks; w++) {
					double mean = level * (1 + trend * w) * (1 + seasonality * Math.sin(2 * Math.PI * w / 52));
					values[w] = poisson(Math.max(0.01, mean), random);
				}
				values[firstWeek] = Math.max(1, values[firstWeek]);
				series.add(new DemandSeries(new SeriesKey("SKU-" + s, outlet[0], outlet[1]), firstWeek, values,
						values, new int[weeks]));
			}
		}
		return new WeeklyDemand(LocalDate.of(2023, 11, 27), weeks, series);
	}

	private static double poisson(double mean, Random random) {
		if (mean > 30) {
			return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
		}
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int k = 0;
		while (product > limit) {
			product *= random.nextDouble();
			k++;
		}
		return k;
	}

	private static double zeroShare(double[] values) {
		int zeros = 0;
		for (double value : values) {
			if (value == 0) {
				zeros++;
			}
		}
		return zeros / (double) values.length;
	}

}
