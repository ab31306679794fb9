package io.sentia.integrations.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.sentia.servicekit.outbox.OutboxPublisher;

/**
 * Wires the demo source under the {@value DemoProfile#NAME} profile only: the configured
 * dataset, its load progress and, when {@code sentia.demo.enabled}, the loader that
 * publishes it on start-up. Refuses to start next to the {@code prod} profile, where fake
 * orders must never reach a real tenant.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoProfile.NAME)
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

	DemoConfiguration(Environment environment) {
		DemoProfile.refuseInProduction(environment);
	}

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
