package io.sentia.integrations.upload;

import java.time.Clock;

import io.sentia.integrations.connector.RecordIngestor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the upload path. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadLimits.class)
class UploadConfiguration {

	@Bean
	UploadImporter uploadImporter(RecordIngestor ingestor, JdbcClient jdbc, JsonMapper json,
			TransactionTemplate transaction, UploadLimits limits) {
		return new UploadImporter(ingestor, new UploadRepository(jdbc, json), transaction, Clock.systemUTC(), limits);
	}

}
