package io.sentia.integrations.xero;

import java.time.Clock;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.ProviderHttp;
import io.sentia.integrations.connector.RecordIngestor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Xero connector, its webhook handler and its OAuth flow. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(XeroProperties.class)
class XeroConfiguration {

	@Bean
	XeroApi xeroApi(XeroProperties properties, ProviderHttp http, CredentialVault vault) {
		return new XeroApi(properties, http, vault, Clock.systemUTC());
	}

	@Bean
	XeroConnector xeroConnector(XeroApi api) {
		return new XeroConnector(api);
	}

	@Bean
	XeroWebhookHandler xeroWebhookHandler(ConnectionDirectory directory, XeroConnector connector,
			ObjectProvider<RecordIngestor> ingestor) {
		return new XeroWebhookHandler(directory, connector, ingestor);
	}

}
