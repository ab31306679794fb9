package io.sentia.forecasting.controls;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the planner's controls.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ControlsProperties.class)
class ControlsConfiguration {

	@Bean
	OverrideRepository overrideRepository(JdbcClient jdbc) {
		return new OverrideRepository(jdbc, Clock.systemUTC());
	}

	@Bean
	CalendarRepository calendarRepository(JdbcClient jdbc) {
		return new CalendarRepository(jdbc);
	}

	@Bean
	AnalogueRepository analogueRepository(JdbcClient jdbc) {
		return new AnalogueRepository(jdbc);
	}

	@Bean
	PlannerControls plannerControls(CalendarRepository calendar, AnalogueRepository analogues,
			ControlsProperties properties) {
		return new PlannerControls(calendar, analogues, properties);
	}

}
