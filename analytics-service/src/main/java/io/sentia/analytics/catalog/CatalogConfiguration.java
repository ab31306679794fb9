package io.sentia.analytics.catalog;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Wires the catalogue read model and the listener that feeds it.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	ProductRepository productRepository(NamedParameterJdbcTemplate jdbc) {
		return new ProductRepository(jdbc);
	}

	@Bean
	ProductListener productListener(ProductRepository repository, EventConsumer events, AnswerCache cache) {
		return new ProductListener(repository, events, cache);
	}

}
