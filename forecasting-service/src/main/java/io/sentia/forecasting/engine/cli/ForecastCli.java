package io.sentia.forecasting.engine.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.forecasting.engine.Forecast;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.PredictionInterval;
import io.sentia.forecasting.engine.TimeSeries;

/**
 * Batch forecasting from CSV to CSV, parallel across series. Exit codes: 0 done, 2 bad
 * arguments or input (nothing written), 1 any other failure.
 */
public final class ForecastCli {

	static final int EXIT_OK = 0;

	static final int EXIT_FAILURE = 1;

	static final int EXIT_BAD_INPUT = 2;

	private static final long PROGRESS_EVERY_SECONDS = 3;

	private ForecastCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.err));
	}

	static int run(String[] args, PrintStream err) {
		CliOptions options;
		try {
			options = CliOptions.parse(args);
		}
		catch (InputException ex) {
			err.println("forecast: " + ex.getMessage());
			return EXIT_BAD_INPUT;
		}
		List<SeriesInput> series;
		try (BufferedReader reader = Files.newBufferedReader(options.in(), StandardCharsets.UTF_8)) {
			series = InputReader.read(reader);
		}
		catch (InputException ex) {
			err.println("forecast: " + ex.describe(options.in().toString()));
			return EXIT_BAD_INPUT;
		}
		catch (NoSuchFileException ex) {
			err.println("forecast: " + options.in() + ": no such file");
			return EXIT_BAD_INPUT;
		}
		catch (IOException ex) {
			err.println("forecast: cannot read " + options.in() + ": " + ex.getMessage());
			return EXIT_BAD_INPUT;
		}
		try {
			Forecast[] forecasts = forecastAll(series, options, err);
			write(series, forecasts, options);
			return EXIT_OK;
		}
		catch (IOException ex) {
			err.println("forecast: cannot write " + options.out() + ": " + ex.getMessage());
			return EXIT_FAILURE;
		}
		catch (ExecutionException ex) {
			err.println("forecast: forecasting failed: " + ex.getCause());
			return EXIT_FAILURE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			err.println("forecast: interrupted");
			return EXIT_FAILURE;
		}
	}

	private static Forecast[] forecastAll(List<SeriesInput> series, CliOptions options, PrintStream err)
			throws InterruptedException, ExecutionException {
		ForecastEngine engine = new ForecastEngine();
		AtomicInteger done = new AtomicInteger();
		int total = series.size();
		ExecutorService workers = Executors.newFixedThreadPool(options.threads());
		ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "forecast-progress");
			thread.setDaemon(true);
			return thread;
		});
		long started = System.nanoTime();
		progress.scheduleAtFixedRate(
				() -> err.printf("forecast: %d/%d series done (%.0f s)%n", done.get(), total,
						(System.nanoTime() - started) / 1e9),
				PROGRESS_EVERY_SECONDS, PROGRESS_EVERY_SECONDS, TimeUnit.SECONDS);
		try {
			List<Future<Forecast>> futures = series.stream().map((input) -> workers.submit(() -> {
				Forecast forecast = engine.forecast(new TimeSeries(input.values(), input.seasonLength()),
						input.horizon(), options.model(), options.levels());
				done.incrementAndGet();
				return forecast;
			})).toList();
			Forecast[] forecasts = new Forecast[total];
			for (int i = 0; i < total; i++) {
				forecasts[i] = futures.get(i).get();
			}
			return forecasts;
		}
		finally {
			progress.shutdownNow();
			workers.shutdownNow();
		}
	}

	/**
	 * Writes next to the target and moves into place, so a failed run leaves no partial
	 * file.
	 */
	private static void write(List<SeriesInput> series, Forecast[] forecasts, CliOptions options) throws IOException {
		Path target = options.out().toAbsolutePath();
		Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
		try {
			try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				writer.write(header(options.levels()));
				writer.newLine();
				for (int i = 0; i < forecasts.length; i++) {
					writeSeries(writer, series.get(i).id(), forecasts[i], options.levels());
				}
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static String header(double[] levels) {
		StringBuilder header = new StringBuilder("series_id,h,point");
		for (double level : levels) {
			String label = CliOptions.label(level);
			header.append(",lo").append(label).append(",hi").append(label);
		}
		return header.append(",model").toString();
	}

	private static void writeSeries(BufferedWriter writer, String id, Forecast forecast, double[] levels)
			throws IOException {
		for (int h = 0; h < forecast.horizon(); h++) {
			StringBuilder line = new StringBuilder(id).append(',').append(h + 1).append(',').append(forecast.point(h));
			for (double level : levels) {
				PredictionInterval interval = forecast.interval(level);
				line.append(',').append(interval.lower(h)).append(',').append(interval.upper(h));
			}
			writer.write(line.append(',').append(forecast.model()).toString());
			writer.newLine();
		}
	}

}
