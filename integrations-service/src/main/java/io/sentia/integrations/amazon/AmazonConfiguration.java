package io.sentia.integrations.amazon;

import java.time.Clock;

import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.ProviderHttp;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AmazonProperties.class)
class AmazonConfiguration {

	@Bean
	AmazonConnector amazonConnector(AmazonProperties properties, ProviderHttp http, CredentialVault vault) {
		return new AmazonConnector(properties, http, vault, Clock.systemUTC());
	}

}
