package io.sentia.notifications.tenants;

import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the tenant directory and the listener that feeds it.
 */
@Configuration(proxyBeanMethods = false)
class TenantConfiguration {

	@Bean
	TenantDirectory tenantDirectory(JdbcClient jdbc) {
		return new TenantDirectory(jdbc);
	}

	@Bean
	TenantListener tenantListener(TenantDirectory directory, EventConsumer events) {
		return new TenantListener(directory, events);
	}

}
