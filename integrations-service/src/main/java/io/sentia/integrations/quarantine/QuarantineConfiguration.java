package io.sentia.integrations.quarantine;

import io.sentia.integrations.connection.ConnectorCatalog;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.RecordIngestor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuarantineConfiguration {

	@Bean
	Reprocessing reprocessing(RecordIngestor ingestor, ConnectionDirectory connections, ConnectorCatalog connectors) {
		return new Reprocessing(ingestor, connections, connectors);
	}

}
