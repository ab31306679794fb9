package io.sentia.integrations.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.RecordIngestor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a spreadsheet: reads it against its kind's template, ingests every record
 * (valid ones become events, invalid ones are quarantined with their reasons) and records
 * the upload with its report, all in one transaction, so a failure imports nothing.
 */
public class UploadImporter {

	private static final Logger log = LoggerFactory.getLogger(UploadImporter.class);

	private final RecordIngestor ingestor;

	private final UploadRepository uploads;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final UploadLimits limits;

	UploadImporter(RecordIngestor ingestor, UploadRepository uploads, TransactionTemplate transaction, Clock clock,
			UploadLimits limits) {
		this.ingestor = ingestor;
		this.uploads = uploads;
		this.transaction = transaction;
		this.clock = clock;
		this.limits = limits;
	}

	/**
	 * A file to import.
	 *
	 * @param tenantId whose data it is
	 * @param kind what it holds
	 * @param fileName its name
	 * @param content its bytes
	 * @param mapping template column to file column, for files whose headers differ
	 * @param createdBy who sent it
	 */
	public record UploadFile(String tenantId, UploadKind kind, String fileName, byte[] content,
			Map<String, String> mapping, String createdBy) {

		public UploadFile {
			mapping = Map.copyOf(mapping);
		}

	}

	/**
	 * Imports a file.
	 * @return the recorded upload with counts and report
	 * @throws UnsupportedFileException when the file is not CSV or XLSX; nothing imported
	 * @throws UploadRejectedException when the file cannot be read or lacks required
	 * columns; nothing imported
	 */
	public UploadView importFile(UploadFile file, UploadOrigin origin) {
		Instant receivedAt = this.clock.instant();
		PreparedUpload prepared = PreparedUpload.read(file.kind(), file.fileName(), file.content(), file.mapping(),
				receivedAt, this.limits);
		UUID id = UUID.randomUUID();
		IngestSource source = origin.ingestSource(file.tenantId(), file.kind(), id);
		long started = System.nanoTime();
		UploadView upload = this.transaction.execute((status) -> {
			IngestResult result = this.ingestor.ingest(source, file.kind().stream(), prepared.mapper(),
					prepared.records());
			UploadOutcome outcome = prepared.outcome(result, source);
			UploadView view = new UploadView(id, file.kind().id(), file.fileName(),
					prepared.format().name().toLowerCase(Locale.ROOT), origin.provider().id(), origin.sourceRef(),
					(outcome.quarantined() == 0) ? "imported" : "imported_with_rejections", null, outcome.rows(),
					outcome.imported(), outcome.quarantined(), outcome.report(), file.createdBy(), receivedAt);
			this.uploads.insert(file.tenantId(), view);
			return view;
		});
		log.info("upload {} of {} {} rows: {} imported, {} quarantined in {} ms", id, upload.rows(), file.kind().id(),
				upload.imported(), upload.quarantined(), (System.nanoTime() - started) / 1_000_000);
		return upload;
	}

	/**
	 * Imports a mail attachment once: a second call for the same attachment imports
	 * nothing. A file that cannot be read is recorded as rejected with the reason, so the
	 * sender can be told and the message need not be read again.
	 * @return the upload, or empty when the attachment was imported before
	 */
	public Optional<UploadView> importOnce(UploadFile file, UploadOrigin origin) {
		if (this.uploads.existsBySourceRef(file.tenantId(), origin.provider().id(), origin.sourceRef())) {
			return Optional.empty();
		}
		try {
			return Optional.of(importFile(file, origin));
		}
		catch (DuplicateKeyException ex) {
			// another reader imported the same attachment meanwhile; this one rolled back
			return Optional.empty();
		}
		catch (UploadRejectedException | UnsupportedFileException ex) {
			return Optional.of(recordRejected(file, origin, ex.getMessage()));
		}
	}

	/**
	 * Records a mail attachment as rejected without reading it (e.g. its sender is not
	 * allowed), once: a second call for the same attachment records nothing.
	 * @return the recorded upload, or empty when the attachment was recorded before
	 */
	public Optional<UploadView> rejectOnce(UploadFile file, UploadOrigin origin, String reason) {
		if (this.uploads.existsBySourceRef(file.tenantId(), origin.provider().id(), origin.sourceRef())) {
			return Optional.empty();
		}
		try {
			return Optional.of(recordRejected(file, origin, reason));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	private UploadView recordRejected(UploadFile file, UploadOrigin origin, String reason) {
		UploadView rejected = new UploadView(UUID.randomUUID(), file.kind().id(), file.fileName(), null,
				origin.provider().id(), origin.sourceRef(), "rejected", reason, 0, 0, 0, List.of(), file.createdBy(),
				this.clock.instant());
		this.transaction.executeWithoutResult((status) -> this.uploads.insert(file.tenantId(), rejected));
		return rejected;
	}

	/** The tenant's uploads, newest first. */
	public List<UploadView> list(String tenantId, int limit) {
		return this.uploads.list(tenantId, limit);
	}

	/** One of the tenant's uploads. */
	public Optional<UploadView> find(String tenantId, UUID id) {
		return this.uploads.find(tenantId, id);
	}

}
