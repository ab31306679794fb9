package io.sentia.integrations.unleashed;

import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.ProviderHttp;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnleashedProperties.class)
class UnleashedConfiguration {

	@Bean
	UnleashedConnector unleashedConnector(UnleashedProperties properties, ProviderHttp http, CredentialVault vault) {
		return new UnleashedConnector(properties, http, vault);
	}

}
