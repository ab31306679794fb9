package io.sentia.forecasting.runs;

import java.util.concurrent.ExecutorService;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded pool of threads that fit models, shared by runs and batch requests so that
 * together they never use more than the configured cores. In the service the pool is the
 * Spring bean {@code forecastWorkerPool}, which the context stops and meters; a tool
 * without Spring creates one of its own with {@link #ForecastWorkers(int)}.
 */
public final class ForecastWorkers implements AutoCloseable {

	private final ThreadPoolTaskExecutor pool;

	private final boolean owned;

	/**
	 * Workers on a pool of their own, closed by {@link #close()}.
	 * @param threads threads that fit models at once
	 */
	public ForecastWorkers(int threads) {
		this(pool(threads), true);
		this.pool.initialize();
	}

	private ForecastWorkers(ThreadPoolTaskExecutor pool, boolean owned) {
		this.pool = pool;
		this.owned = owned;
	}

	/**
	 * Workers on a pool the Spring context owns (starts, stops and closes).
	 * @param pool a pool made by {@link #pool(int)} and initialised by the context
	 * @return the workers
	 */
	static ForecastWorkers on(ThreadPoolTaskExecutor pool) {
		return new ForecastWorkers(pool, false);
	}

	/**
	 * A fixed pool of daemon platform threads (model fitting is CPU-bound) with an
	 * unbounded queue; callers bound what they queue.
	 * @param threads threads that fit models at once
	 * @return the pool, not yet initialised
	 */
	static ThreadPoolTaskExecutor pool(int threads) {
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(threads);
		pool.setMaxPoolSize(threads);
		pool.setThreadNamePrefix("forecast-worker-");
		pool.setDaemon(true);
		return pool;
	}

	public ExecutorService executor() {
		return this.pool.getThreadPoolExecutor();
	}

	public int threads() {
		return this.pool.getMaxPoolSize();
	}

	@Override
	public void close() {
		if (this.owned) {
			this.pool.shutdown();
		}
	}

}
