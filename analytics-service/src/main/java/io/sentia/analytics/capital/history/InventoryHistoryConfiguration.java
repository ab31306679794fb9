package io.sentia.analytics.capital.history;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Wires the inventory history and the listener that keeps it.
 */
@Configuration(proxyBeanMethods = false)
class InventoryHistoryConfiguration {

	@Bean
	InventoryHistoryRepository inventoryHistoryRepository(NamedParameterJdbcTemplate jdbc) {
		return new InventoryHistoryRepository(jdbc);
	}

	@Bean
	InventoryHistoryListener inventoryHistoryListener(InventoryHistoryRepository repository, EventConsumer events,
			AnswerCache cache) {
		return new InventoryHistoryListener(repository, events, cache);
	}

}
