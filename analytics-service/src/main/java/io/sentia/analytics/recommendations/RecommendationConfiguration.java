package io.sentia.analytics.recommendations;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the suggested purchases read model and the listener that feeds it.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationConfiguration {

	@Bean
	SuggestedPurchaseRepository suggestedPurchaseRepository(JdbcClient jdbc) {
		return new SuggestedPurchaseRepository(jdbc);
	}

	@Bean
	RecommendationListener recommendationListener(SuggestedPurchaseRepository repository, EventConsumer events,
			AnswerCache cache) {
		return new RecommendationListener(repository, events, cache);
	}

}
