package io.sentia.integrations.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sentia.events.ProductUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.IngestResult.Rejection;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;
import io.sentia.integrations.quarantine.Quarantine;
import io.sentia.servicekit.outbox.OutboxPublisher;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link RecordIngestor}: each record is mapped and validated; a reject is
 * quarantined with its reason, an accepted record is published only when its events
 * differ from what was last published for it. A batch is one transaction (the caller's,
 * when there is one), so a batch is either wholly ingested or not at all.
 */
class CanonicalIngestor implements RecordIngestor {

	private final SourceRecords records;

	private final SkuCatalogue skus;

	private final Quarantine quarantine;

	private final IngestTally tally;

	private final EventValidator validator;

	private final PayloadRedactor redactor;

	private final OutboxPublisher outbox;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	CanonicalIngestor(SourceRecords records, SkuCatalogue skus, Quarantine quarantine, IngestTally tally,
			EventValidator validator, PayloadRedactor redactor, OutboxPublisher outbox, JsonMapper json,
			TransactionTemplate transaction) {
		this.records = records;
		this.skus = skus;
		this.quarantine = quarantine;
		this.tally = tally;
		this.validator = validator;
		this.redactor = redactor;
		this.outbox = outbox;
		this.json = json;
		this.transaction = transaction;
	}

	@Override
	public IngestResult ingest(IngestSource source, String stream, RecordMapper mapper, List<RawRecord> batch) {
		return this.transaction.execute((status) -> ingestInTransaction(source, stream, mapper, batch));
	}

	private IngestResult ingestInTransaction(IngestSource source, String stream, RecordMapper mapper,
			List<RawRecord> batch) {
		CatalogueMappingContext context = new CatalogueMappingContext(source);
		// Most batches have nothing in quarantine: one look saves a statement per record.
		boolean anyQuarantined = this.quarantine.anyOpen(source, stream);
		long changed = 0;
		long unchanged = 0;
		List<Rejection> rejections = new ArrayList<>();
		for (RawRecord record : batch) {
			List<SentiaEvent> events;
			Set<String> named;
			try {
				events = mapper.map(record, context);
				named = this.validator.validate(events);
			}
			catch (RecordRejectedException | IllegalArgumentException ex) {
				String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
				this.quarantine.hold(source, stream, record.externalId(), reason, this.redactor.redact(record.json()));
				rejections.add(new Rejection(record.externalId(), reason));
				anyQuarantined = true;
				continue;
			}
			catalogue(source, events, named, context.catalogued);
			if (this.records.changed(source, stream, record.externalId(), hash(events), record.updatedAt())) {
				events.forEach(this.outbox::publish);
				changed++;
			}
			else {
				unchanged++;
			}
			if (anyQuarantined) {
				this.quarantine.resolve(source, stream, record.externalId());
			}
		}
		this.tally.add(source, changed + unchanged, rejections.size());
		return new IngestResult(batch.size(), changed, unchanged, rejections);
	}

	private void catalogue(IngestSource source, List<SentiaEvent> events, Set<String> named, Set<String> done) {
		for (SentiaEvent event : events) {
			if (event instanceof ProductUpserted product) {
				this.skus.known(source.tenantId(), product.sku(), source.provider());
			}
		}
		for (String sku : named) {
			if (done.add(sku)) {
				this.skus.named(source.tenantId(), sku, source.provider());
			}
		}
	}

	private String hash(List<SentiaEvent> events) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (SentiaEvent event : events) {
				digest.update(event.eventType().getBytes(StandardCharsets.UTF_8));
				digest.update(this.json.writeValueAsBytes(event));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** SKU look-ups of one batch: a user's mapping wins over the provider's SKU. */
	private final class CatalogueMappingContext implements MappingContext {

		private final IngestSource source;

		/** Mappings looked up in this batch (empty when the product has none). */
		private final Map<String, Optional<String>> mappings = new HashMap<>();

		/** SKUs already recorded in the catalogue in this batch. */
		private final Set<String> catalogued = new HashSet<>();

		CatalogueMappingContext(IngestSource source) {
			this.source = source;
		}

		@Override
		public IngestSource source() {
			return this.source;
		}

		@Override
		public String sku(@Nullable String sourceSku, String productRef) {
			return this.mappings
				.computeIfAbsent(productRef,
						(ref) -> CanonicalIngestor.this.skus.mapping(this.source.tenantId(), this.source.provider(),
								ref))
				.orElseGet(() -> {
					if (sourceSku == null || sourceSku.isBlank()) {
						throw new RecordRejectedException("no SKU for " + productRef + "; map " + productRef
								+ " to a SKU (PUT /api/integrations/v1/sku-mappings)");
					}
					return sourceSku.strip();
				});
		}

	}

}
