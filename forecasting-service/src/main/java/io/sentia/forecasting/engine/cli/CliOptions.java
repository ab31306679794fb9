package io.sentia.forecasting.engine.cli;

import java.nio.file.Path;
import java.util.Arrays;

import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.engine.ModelChoice;

/**
 * Parsed command-line arguments.
 *
 * @param in input CSV
 * @param out output CSV
 * @param levels interval levels in percent, in the order their columns are written
 * @param model model family, or auto
 * @param threads worker threads
 */
record CliOptions(Path in, Path out, double[] levels, ModelChoice model, int threads) {

	static final String USAGE = "usage: ForecastCli --in FILE.csv --out FILE.csv [--levels 80,90,95] "
			+ "[--model auto|ets|arima|theta|croston|sba|tsb|snaive|naive|ensemble] [--threads N]";

	static CliOptions parse(String[] args) throws InputException {
		Path in = null;
		Path out = null;
		double[] levels = ForecastEngine.DEFAULT_LEVELS;
		ModelChoice model = ModelChoice.AUTO;
		int threads = Runtime.getRuntime().availableProcessors();
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (i + 1 >= args.length) {
				throw new InputException(0, "option " + option + " needs a value; " + USAGE);
			}
			String value = args[++i];
			switch (option) {
				case "--in" -> in = Path.of(value);
				case "--out" -> out = Path.of(value);
				case "--levels" -> levels = levels(value);
				case "--model" -> model = model(value);
				case "--threads" -> threads = threads(value);
				default -> throw new InputException(0, "unknown option " + option + "; " + USAGE);
			}
		}
		if (in == null || out == null) {
			throw new InputException(0, "--in and --out are required; " + USAGE);
		}
		return new CliOptions(in, out, levels, model, threads);
	}

	private static double[] levels(String value) throws InputException {
		String[] parts = value.split(",");
		double[] levels = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				levels[i] = Double.parseDouble(parts[i].trim());
			}
			catch (NumberFormatException ex) {
				throw new InputException(0, "--levels: '" + parts[i].trim() + "' is not a number");
			}
			if (!(levels[i] > 0 && levels[i] < 100)) {
				throw new InputException(0, "--levels: " + parts[i].trim() + " is not between 0 and 100");
			}
		}
		if (Arrays.stream(levels).distinct().count() != levels.length) {
			throw new InputException(0, "--levels: a level is repeated");
		}
		return levels;
	}

	private static ModelChoice model(String value) throws InputException {
		try {
			return ModelChoice.fromId(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InputException(0, "--model: " + ex.getMessage());
		}
	}

	private static int threads(String value) throws InputException {
		try {
			int threads = Integer.parseInt(value.trim());
			if (threads >= 1) {
				return threads;
			}
		}
		catch (NumberFormatException ex) {
			// reported below with the other invalid values
		}
		throw new InputException(0, "--threads: expected a whole number of at least 1, was '" + value + "'");
	}

	/** Column label for a level: 80 → "80", 97.5 → "97.5". */
	static String label(double level) {
		return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
	}

}
