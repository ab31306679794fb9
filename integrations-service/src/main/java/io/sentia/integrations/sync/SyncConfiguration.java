package io.sentia.integrations.sync;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.integrations.connection.ConnectorCatalog;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.servicekit.outbox.OutboxPublisher;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
class SyncConfiguration {

	@Bean
	SyncStore syncStore(JdbcClient jdbc) {
		return new SyncStore(jdbc);
	}

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService syncWorkers(SyncProperties properties) {
		return Executors.newFixedThreadPool(properties.workers(), Thread.ofPlatform().name("sync-", 0).factory());
	}

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService syncProgressTimer() {
		return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sync-progress").factory());
	}

	@Bean
	SyncEngine syncEngine(SyncStore store, ConnectionDirectory connections, ConnectorCatalog connectors,
			RecordIngestor ingestor, OutboxPublisher outbox, PlatformTransactionManager transactions,
			SyncProperties properties, MeterRegistry registry, ExecutorService syncWorkers) {
		Clock clock = Clock.systemUTC();
		return new SyncEngine(store, connections, connectors, ingestor, outbox, new TransactionTemplate(transactions),
				properties, new SyncMetrics(registry, clock), clock, syncWorkers);
	}

	@Bean
	SyncScheduler syncScheduler(SyncEngine engine, SyncStore store, ConnectionDirectory connections,
			ConnectorCatalog connectors, SyncProperties properties) {
		return new SyncScheduler(engine, store, connections, connectors, properties, Clock.systemUTC());
	}

}
