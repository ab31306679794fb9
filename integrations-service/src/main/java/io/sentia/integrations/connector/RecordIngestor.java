package io.sentia.integrations.connector;

import java.util.List;

/**
 * Turns raw records into published events: maps, validates, quarantines rejects with
 * their reason, upserts by (provider, account, stream, external id) with a content hash
 * so unchanged records publish nothing, and publishes changed ones through the outbox,
 * all in the caller's transaction or one of its own.
 */
public interface RecordIngestor {

	/**
	 * @param source where the records come from
	 * @param stream the stream, e.g. {@code orders}
	 * @param mapper maps each record
	 * @param records the records
	 * @return what happened to them
	 */
	IngestResult ingest(IngestSource source, String stream, RecordMapper mapper, List<RawRecord> records);

}
