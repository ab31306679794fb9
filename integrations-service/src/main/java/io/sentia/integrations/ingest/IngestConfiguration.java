package io.sentia.integrations.ingest;

import java.time.Clock;

import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.integrations.quarantine.Quarantine;
import io.sentia.servicekit.outbox.OutboxPublisher;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	SkuCatalogue skuCatalogue(JdbcClient jdbc) {
		return new SkuCatalogue(jdbc);
	}

	@Bean
	Quarantine quarantine(JdbcClient jdbc) {
		return new Quarantine(jdbc);
	}

	@Bean
	IngestTally ingestTally(JdbcClient jdbc) {
		return new IngestTally(jdbc);
	}

	@Bean
	RecordIngestor recordIngestor(JdbcClient jdbc, SkuCatalogue skus, Quarantine quarantine, IngestTally tally,
			OutboxPublisher outbox, JsonMapper json, PlatformTransactionManager transactions) {
		return new CanonicalIngestor(new SourceRecords(jdbc), skus, quarantine, tally,
				new EventValidator(Clock.systemUTC()), new PayloadRedactor(json), outbox, json,
				new TransactionTemplate(transactions));
	}

}
