package io.sentia.integrations.sync;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.integrations.connection.ConnectorCatalog;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.servicekit.outbox.OutboxPublisher;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the sync engine: its store, its workers and its scheduler. Runs execute on the
 * {@code syncWorkers} pool (metered as {@code executor.*{name="syncWorkers"}}); the
 * schedule ticks and progress streams run on Boot's {@code taskScheduler}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
class SyncConfiguration {

	@Bean
	SyncStore syncStore(JdbcClient jdbc) {
		return new SyncStore(jdbc);
	}

	/**
	 * A fixed pool of {@code workers} threads. On context close it stops taking runs at
	 * once (strict early shutdown): a running connector sees its sink cancelled at its
	 * next page and leaves the run to be resumed after the restart; the lifecycle stop
	 * then waits for runs to wind down before the pool is closed.
	 */
	@Bean
	ThreadPoolTaskExecutor syncWorkers(SyncProperties properties) {
		ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
		workers.setCorePoolSize(properties.workers());
		workers.setMaxPoolSize(properties.workers());
		workers.setThreadNamePrefix("sync-");
		workers.setStrictEarlyShutdown(true);
		return workers;
	}

	@Bean
	SyncEngine syncEngine(SyncStore store, ConnectionDirectory connections, ConnectorCatalog connectors,
			RecordIngestor ingestor, OutboxPublisher outbox, PlatformTransactionManager transactions,
			SyncProperties properties, MeterRegistry registry, ThreadPoolTaskExecutor syncWorkers) {
		Clock clock = Clock.systemUTC();
		return new SyncEngine(store, connections, connectors, ingestor, outbox, new TransactionTemplate(transactions),
				properties, new SyncMetrics(registry, clock), clock, syncWorkers.getThreadPoolExecutor());
	}

	@Bean
	SyncScheduler syncScheduler(SyncEngine engine, SyncStore store, ConnectionDirectory connections,
			ConnectorCatalog connectors, SyncProperties properties, TaskScheduler taskScheduler) {
		return new SyncScheduler(engine, store, connections, connectors, properties, Clock.systemUTC(), taskScheduler);
	}

}
