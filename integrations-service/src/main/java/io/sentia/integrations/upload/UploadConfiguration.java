package io.sentia.integrations.upload;

import java.time.Clock;

import io.sentia.integrations.connector.RecordIngestor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the upload path. */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	UploadImporter uploadImporter(ObjectProvider<RecordIngestor> ingestor, JdbcClient jdbc, JsonMapper json,
			TransactionTemplate transaction) {
		return new UploadImporter(ingestor, new UploadRepository(jdbc, json), transaction, Clock.systemUTC());
	}

}
