package io.sentia.forecasting.controls;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the planner's controls.
 */
@Configuration(proxyBeanMethods = false)
class ControlsConfiguration {

	@Bean
	OverrideRepository overrideRepository(JdbcClient jdbc) {
		return new OverrideRepository(jdbc, Clock.systemUTC());
	}

}
