package io.sentia.integrations.connection;

import java.time.Clock;

import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.credential.EncryptedCredentialVault;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The connection store (also the {@code ConnectionDirectory} bean), the connector catalog
 * and the tenant-facing connection service.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionConfiguration {

	@Bean
	ConnectionRepository connectionRepository(JdbcClient jdbc, JsonMapper json) {
		return new ConnectionRepository(jdbc, json);
	}

	@Bean
	ConnectorCatalog connectorCatalog(ObjectProvider<Connector> connectors) {
		return new ConnectorCatalog(connectors);
	}

	@Bean
	Connections connections(ConnectionRepository repository, EncryptedCredentialVault vault,
			ConnectorCatalog connectors, PlatformTransactionManager transactions) {
		return new Connections(repository, vault, connectors, new TransactionTemplate(transactions), Clock.systemUTC());
	}

}
