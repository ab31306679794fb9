package io.sentia.integrations.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;

/**
 * An ingestor for upload tests that keeps the contract the upload path relies on: every
 * record is mapped, a rejected one is quarantined with its reason, and every event of a
 * mapped one is handed to {@code publish} (the outbox in Spring tests). The real ingestor
 * (content hashes, SKU catalogue, quarantine table) has its own tests.
 */
class MappingIngestor implements RecordIngestor {

	private final Consumer<SentiaEvent> publish;

	private final List<SentiaEvent> events = new ArrayList<>();

	private final List<Quarantined> quarantine = new ArrayList<>();

	MappingIngestor(Consumer<SentiaEvent> publish) {
		this.publish = publish;
	}

	MappingIngestor() {
		this((event) -> {
		});
	}

	@Override
	public synchronized IngestResult ingest(IngestSource source, String stream, RecordMapper mapper,
			List<RawRecord> records) {
		List<IngestResult.Rejection> rejections = new ArrayList<>();
		long changed = 0;
		for (RawRecord record : records) {
			try {
				List<SentiaEvent> mapped = mapper.map(record, FixedMappingContext.of(source));
				mapped.forEach(this.publish);
				this.events.addAll(mapped);
				changed++;
			}
			catch (RecordRejectedException ex) {
				rejections.add(new IngestResult.Rejection(record.externalId(), ex.getMessage()));
				this.quarantine.add(new Quarantined(source, stream, record, ex.getMessage()));
			}
		}
		return new IngestResult(records.size(), changed, 0, rejections);
	}

	synchronized List<SentiaEvent> events() {
		return List.copyOf(this.events);
	}

	synchronized List<Quarantined> quarantine() {
		return List.copyOf(this.quarantine);
	}

	synchronized void clear() {
		this.events.clear();
		this.quarantine.clear();
	}

	record Quarantined(IngestSource source, String stream, RawRecord record, String reason) {
	}

}
