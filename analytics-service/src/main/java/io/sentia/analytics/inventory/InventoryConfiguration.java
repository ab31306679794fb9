package io.sentia.analytics.inventory;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Wires the inventory read model and the listener that feeds it.
 */
@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

	@Bean
	InventoryLevelRepository inventoryLevelRepository(NamedParameterJdbcTemplate jdbc) {
		return new InventoryLevelRepository(jdbc);
	}

	@Bean
	InventoryLevelListener inventoryLevelListener(InventoryLevelRepository repository, EventConsumer events,
			AnswerCache cache) {
		return new InventoryLevelListener(repository, events, cache);
	}

}
