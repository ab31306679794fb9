package io.sentia.integrations.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.sentia.servicekit.outbox.OutboxPublisher;

/**
 * Wires the demo source: the configured dataset, its load progress and, when
 * {@code sentia.demo.enabled}, the loader that publishes it on start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

	@Bean
	DemoDatasets demoDatasets(DemoProperties properties) {
		return new DemoDatasets(DemoDatasetSpec.of(properties));
	}

	@Bean
	DemoLoadRepository demoLoadRepository(JdbcClient jdbc) {
		return new DemoLoadRepository(jdbc);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "sentia.demo.enabled", matchIfMissing = true)
	DemoDatasetLoader demoDatasetLoader(DemoDatasets datasets, DemoLoadRepository repository, OutboxPublisher outbox,
			PlatformTransactionManager transactionManager, DemoProperties properties) {
		return new DemoDatasetLoader(datasets, repository, outbox, new TransactionTemplate(transactionManager),
				properties.batchSize());
	}

}
