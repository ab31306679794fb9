package io.sentia.forecasting.demand;

import java.time.Clock;

import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the demand read model: its listeners and the weekly history runs read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemandProperties.class)
class DemandConfiguration {

	@Bean
	DemandRepository demandRepository(JdbcClient jdbc) {
		return new DemandRepository(jdbc);
	}

	@Bean
	DemandListeners demandListeners(DemandRepository repository, EventConsumer events, JdbcClient jdbc) {
		return new DemandListeners(repository, events, new DemandActivity(jdbc, Clock.systemUTC()));
	}

	@Bean
	DemandHistory demandHistory(JdbcClient jdbc, DemandProperties properties) {
		return new DemandHistory(jdbc, properties.historyWeeks());
	}

}
