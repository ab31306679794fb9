package io.sentia.analytics.outlook.scenarios;

import java.time.Clock;

import io.sentia.analytics.outlook.CashOutlooks;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires scenario evaluation and the saved scenarios.
 */
@Configuration(proxyBeanMethods = false)
class ScenarioConfiguration {

	@Bean
	SavedScenarioRepository savedScenarioRepository(JdbcClient jdbc, JsonMapper json) {
		return new SavedScenarioRepository(jdbc, json);
	}

	@Bean
	Scenarios scenarios(CashOutlooks outlooks, SavedScenarioRepository repository, ObjectProvider<Clock> clock) {
		return new Scenarios(outlooks, repository, clock.getIfAvailable(Clock::systemUTC));
	}

}
