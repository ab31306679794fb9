package io.sentia.integrations.quarantine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.integrations.connection.ConnectorCatalog;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.upload.UploadKind;
import io.sentia.integrations.upload.UploadRecordMapper;

/**
 * Runs quarantined records through their mapper again, e.g. after a SKU mapping was
 * added; an accepted record leaves quarantine and is published, a still-bad one stays
 * with its new reason.
 */
public class Reprocessing {

	private final RecordIngestor ingestor;

	private final ConnectionDirectory connections;

	private final ConnectorCatalog connectors;

	public Reprocessing(RecordIngestor ingestor, ConnectionDirectory connections, ConnectorCatalog connectors) {
		this.ingestor = ingestor;
		this.connections = connections;
		this.connectors = connectors;
	}

	/** Re-processes the records, grouped by their source and stream. */
	public IngestResult reprocess(String tenantId, List<QuarantinedRecord> records) {
		Map<String, List<QuarantinedRecord>> groups = new LinkedHashMap<>();
		for (QuarantinedRecord record : records) {
			groups
				.computeIfAbsent(record.provider() + "|" + record.account() + "|" + record.connectionId() + "|"
						+ record.stream(), (key) -> new ArrayList<>())
				.add(record);
		}
		long read = 0;
		long changed = 0;
		long unchanged = 0;
		List<IngestResult.Rejection> rejections = new ArrayList<>();
		for (List<QuarantinedRecord> group : groups.values()) {
			QuarantinedRecord first = group.getFirst();
			List<RawRecord> raw = group.stream()
				.map((record) -> new RawRecord(record.externalId(), null, record.payload()))
				.toList();
			IngestResult result = this.ingestor.ingest(source(tenantId, first), first.stream(), mapper(first), raw);
			read += result.read();
			changed += result.changed();
			unchanged += result.unchanged();
			rejections.addAll(result.rejections());
		}
		return new IngestResult(read, changed, unchanged, rejections);
	}

	private IngestSource source(String tenantId, QuarantinedRecord record) {
		if (record.connectionId() != null) {
			ConnectionSpec connection = this.connections.find(record.connectionId())
				.filter((found) -> found.tenantId().equals(tenantId))
				.orElseThrow(() -> new IllegalStateException("connection " + record.connectionId() + " is gone"));
			return new IngestSource(tenantId, connection.provider(), record.account(), connection.region(),
					connection.id(), record.uploadId());
		}
		return new IngestSource(tenantId, Provider.fromId(record.provider()), record.account(), null, null,
				record.uploadId());
	}

	private RecordMapper mapper(QuarantinedRecord record) {
		Provider provider = Provider.fromId(record.provider());
		if (provider == Provider.UPLOAD) {
			UploadKind kind = Arrays.stream(UploadKind.values())
				.filter((candidate) -> candidate.id().equals(record.account()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("unknown upload kind " + record.account()));
			return UploadRecordMapper.of(kind);
		}
		return this.connectors.of(provider).mapper(record.stream());
	}

}
