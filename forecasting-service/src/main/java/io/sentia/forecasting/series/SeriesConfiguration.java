package io.sentia.forecasting.series;

import io.sentia.forecasting.engine.ForecastEngine;
import io.sentia.forecasting.runs.ForecastWorkers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the series read APIs and the batch forecaster.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BatchForecastProperties.class)
class SeriesConfiguration {

	@Bean
	SeriesQueries seriesQueries(JdbcClient jdbc) {
		return new SeriesQueries(jdbc);
	}

	@Bean
	BatchForecaster batchForecaster(ForecastEngine engine, ForecastWorkers workers, BatchForecastProperties limits) {
		return new BatchForecaster(engine, workers, limits);
	}

}
