package io.sentia.forecasting.runs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool of threads that fit models, shared by runs and batch requests so that
 * together they never use more than the configured cores.
 */
public final class ForecastWorkers implements AutoCloseable {

	private final ExecutorService executor;

	private final int threads;

	public ForecastWorkers(int threads) {
		this.threads = threads;
		AtomicInteger number = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "forecast-worker-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	public ExecutorService executor() {
		return this.executor;
	}

	public int threads() {
		return this.threads;
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
