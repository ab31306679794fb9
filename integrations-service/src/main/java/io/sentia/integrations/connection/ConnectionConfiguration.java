package io.sentia.integrations.connection;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The connection store, which is also the {@code ConnectionDirectory} bean. */
@Configuration(proxyBeanMethods = false)
class ConnectionConfiguration {

	@Bean
	ConnectionRepository connectionRepository(JdbcClient jdbc, JsonMapper json) {
		return new ConnectionRepository(jdbc, json);
	}

}
