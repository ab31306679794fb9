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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

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
	XeroAuthorizations xeroAuthorizations(XeroProperties properties, XeroApi api, ConnectionDirectory directory,
			CredentialVault vault, JdbcClient jdbc, TransactionTemplate transaction) {
		return new XeroAuthorizations(properties, api, directory, vault, jdbc, transaction, Clock.systemUTC());
	}

	@Bean
	XeroWebhookHandler xeroWebhookHandler(ConnectionDirectory directory, XeroConnector connector,
			ObjectProvider<RecordIngestor> ingestor) {
		return new XeroWebhookHandler(directory, connector, ingestor);
	}

}
