package io.sentia.analytics.revenue;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the revenue read model: its repository, the order listener that feeds it and the
 * builder of the daily sales.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SalesDayProperties.class)
class RevenueConfiguration {

	@Bean
	SalesDayBuilder salesDayBuilder(SalesQueries queries, FxConverter fx, NamedParameterJdbcTemplate jdbc,
			PlatformTransactionManager transactions, SalesDayProperties properties) {
		return new SalesDayBuilder(queries, fx, JdbcClient.create(jdbc), new TransactionTemplate(transactions),
				properties);
	}

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
			AnswerCache cache, MeterRegistry meters) {
		return new OrderRevenueListener(repository, events, cache, new OrderMeters(meters));
	}

}
