package io.sentia.forecasting.series;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The series read API (list, forecast, accuracy) and its queries, for web slices of other
 * features whose effect shows in a series' forecast (the controls' calendar and
 * overrides).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SeriesController.class)
public class SeriesReads {

	@Bean
	SeriesQueries seriesQueries(JdbcClient jdbc) {
		return new SeriesQueries(jdbc);
	}

}
