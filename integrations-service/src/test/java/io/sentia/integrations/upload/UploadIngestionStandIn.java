package io.sentia.integrations.upload;

import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.servicekit.outbox.OutboxPublisher;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A {@link RecordIngestor} for Spring tests of the upload path while the service has
 * none: maps, quarantines rejects in memory and publishes through the real outbox. It
 * steps aside as soon as the ingest package's ingestor is in the context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class UploadIngestionStandIn {

	@Bean
	@ConditionalOnMissingBean(RecordIngestor.class)
	MappingIngestor mappingIngestor(OutboxPublisher outbox) {
		return new MappingIngestor(outbox::publish);
	}

}
