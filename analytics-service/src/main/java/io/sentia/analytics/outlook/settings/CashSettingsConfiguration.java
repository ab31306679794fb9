package io.sentia.analytics.outlook.settings;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the cash settings store.
 */
@Configuration(proxyBeanMethods = false)
class CashSettingsConfiguration {

	@Bean
	CashSettingsRepository cashSettingsRepository(JdbcClient jdbc, JsonMapper json) {
		return new CashSettingsRepository(jdbc, json);
	}

}
