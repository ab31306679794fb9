package io.sentia.forecasting.runs;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.forecasting.controls.PlannerControls;
import io.sentia.forecasting.demand.DemandHistory;
import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.outbox.OutboxPublisher;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires runs: the shared workers, the run coordinator, the daily schedule and progress
 * streaming. Both pools are Spring beans ({@code forecastWorkerPool},
 * {@code forecastRunCoordinator}), metered as {@code executor.*} and stopped by the
 * context; the schedule and the progress polls run on Boot's {@code taskScheduler}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunProperties.class)
@EnableScheduling
class RunConfiguration {

	/** Runs of different tenants carried out at once; they share the workers. */
	private static final int CONCURRENT_RUNS = 2;

	private static final int WAITING_RUNS = 1000;

	private static final Duration STREAM_TIMEOUT = Duration.ofHours(1);

	@Bean
	ForecastEngine forecastEngine() {
		return new ForecastEngine();
	}

	@Bean
	ThreadPoolTaskExecutor forecastWorkerPool(RunProperties properties) {
		return ForecastWorkers.pool(properties.workerThreads());
	}

	// The context owns the pool; closing the workers would close it twice.
	@Bean(destroyMethod = "")
	ForecastWorkers forecastWorkers(ThreadPoolTaskExecutor forecastWorkerPool) {
		return ForecastWorkers.on(forecastWorkerPool);
	}

	/**
	 * Carries out queued runs, {@value #CONCURRENT_RUNS} at once; a run beyond
	 * {@value #WAITING_RUNS} waiting is refused and recorded as failed.
	 */
	@Bean
	ThreadPoolTaskExecutor forecastRunCoordinator() {
		ThreadPoolTaskExecutor coordinator = new ThreadPoolTaskExecutor();
		coordinator.setCorePoolSize(CONCURRENT_RUNS);
		coordinator.setMaxPoolSize(CONCURRENT_RUNS);
		coordinator.setQueueCapacity(WAITING_RUNS);
		coordinator.setThreadNamePrefix("forecast-run-");
		coordinator.setDaemon(true);
		return coordinator;
	}

	@Bean
	RunService runService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DemandHistory history, ForecastEngine engine,
			ForecastWorkers workers, ThreadPoolTaskExecutor forecastRunCoordinator, OutboxPublisher outbox,
			PlatformTransactionManager transactionManager, RunProperties properties, PlannerControls controls,
			ObjectProvider<RunFollowUp> followUps, MeterRegistry meters) {
		return new RunService(new RunRepository(jdbc), history, controls,
				new DemandForecaster(engine, properties.settings()), new RunResultsStore(jdbcTemplate, outbox),
				new TransactionTemplate(transactionManager), forecastRunCoordinator.getThreadPoolExecutor(),
				workers.executor(), properties, Clock.systemUTC(), followUps.orderedStream().toList(),
				new RunMeters(meters));
	}

	@Bean
	RunEvents runEvents(RunService runs, TaskScheduler taskScheduler, RunProperties properties) {
		return new RunEvents(runs, taskScheduler, properties.progressInterval(), STREAM_TIMEOUT);
	}

	@Bean
	TenantCalendars tenantCalendars(JdbcClient jdbc, EventConsumer events) {
		return new TenantCalendars(jdbc, events);
	}

	@Bean
	DailyRunScheduler dailyRunScheduler(RunService runs, TenantCalendars calendars, RunProperties properties) {
		return new DailyRunScheduler(runs, calendars, properties.schedule(), Clock.systemUTC());
	}

}
