package io.sentia.analytics.forecasts;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the forecasts read model and the listener that feeds it.
 */
@Configuration(proxyBeanMethods = false)
class ForecastConfiguration {

	@Bean
	ForecastRepository forecastRepository(JdbcClient jdbc) {
		return new ForecastRepository(jdbc);
	}

	@Bean
	ForecastListener forecastListener(ForecastRepository repository, EventConsumer events, AnswerCache cache) {
		return new ForecastListener(repository, events, cache);
	}

}
