package io.sentia.analytics.revenue;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the revenue read model: its repository and the order listener that feeds it.
 */
@Configuration(proxyBeanMethods = false)
class RevenueConfiguration {

	@Bean
	OrderRevenueRepository orderRevenueRepository(NamedParameterJdbcTemplate jdbc) {
		return new OrderRevenueRepository(jdbc);
	}

	@Bean
	SalesQueries salesQueries(NamedParameterJdbcTemplate jdbc) {
		return new SalesQueries(JdbcClient.create(jdbc));
	}

	@Bean
	SalesReports salesReports(SalesQueries queries, FxConverter fx, AnswerCache cache) {
		return new SalesReports(queries, fx, cache);
	}

	@Bean
	OrderRevenueListener orderRevenueListener(OrderRevenueRepository repository, EventConsumer events,
			AnswerCache cache) {
		return new OrderRevenueListener(repository, events, cache);
	}

}
