package io.sentia.servicekit.tenancy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the default {@link TenantContext} unless the service declares its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
public class TenancyConfiguration {

	@Bean
	@ConditionalOnMissingBean(TenantContext.class)
	ConfiguredTenantContext configuredTenantContext(TenancyProperties properties) {
		return new ConfiguredTenantContext(properties);
	}

}
