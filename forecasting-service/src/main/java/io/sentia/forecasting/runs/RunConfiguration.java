package io.sentia.forecasting.runs;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires runs: the shared workers, the run coordinator, the daily schedule and progress
 * streaming.
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

	@Bean(destroyMethod = "close")
	ForecastWorkers forecastWorkers(RunProperties properties) {
		return new ForecastWorkers(properties.workerThreads());
	}

	@Bean
	RunService runService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DemandHistory history, ForecastEngine engine,
			ForecastWorkers workers, OutboxPublisher outbox, PlatformTransactionManager transactionManager,
			RunProperties properties, PlannerControls controls, ObjectProvider<RunFollowUp> followUps) {
		ThreadPoolExecutor coordinator = new ThreadPoolExecutor(CONCURRENT_RUNS, CONCURRENT_RUNS, 0,
				TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING_RUNS),
				Thread.ofPlatform().name("forecast-run-", 1).daemon(true).factory());
		return new RunService(new RunRepository(jdbc), history, controls,
				new DemandForecaster(engine, properties.settings()), new RunResultsStore(jdbcTemplate, outbox),
				new TransactionTemplate(transactionManager), coordinator, workers.executor(), properties,
				Clock.systemUTC(), followUps.orderedStream().toList());
	}

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService runEventsPoller() {
		return Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("forecast-run-events").daemon(true).factory());
	}

	@Bean
	RunEvents runEvents(RunService runs, ScheduledExecutorService runEventsPoller, RunProperties properties) {
		return new RunEvents(runs, runEventsPoller, properties.progressInterval(), STREAM_TIMEOUT);
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
