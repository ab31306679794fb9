package io.sentia.integrations.shopify;

import java.time.Clock;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.RecordIngestor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Shopify connector and its webhook handler. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ShopifyProperties.class)
class ShopifyConfiguration {

	@Bean
	ShopifyAdminApi shopifyAdminApi(ProviderHttp http, CredentialVault vault, ShopifyProperties properties) {
		return new ShopifyAdminApi(http, vault, properties, Clock.systemUTC());
	}

	@Bean
	ShopifyConnector shopifyConnector(ShopifyAdminApi api, ShopifyProperties properties) {
		return new ShopifyConnector(api, properties);
	}

	@Bean
	ShopifyWebhookHandler shopifyWebhookHandler(ConnectionDirectory directory, ShopifyConnector connector,
			ObjectProvider<RecordIngestor> ingestor) {
		return new ShopifyWebhookHandler(directory, connector, ingestor);
	}

}
