package io.sentia.integrations.xero;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.connector.WebhookHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Processes queued Xero webhooks. Xero events carry ids only, so each invoice event
 * (bills included) is a hint to fetch that invoice from the configured API, by its
 * {@code resourceId} (the event's {@code resourceUrl} is never followed), and ingest it.
 * Contact and credit-note events have no canonical event yet and are acknowledged; Xero
 * sends no webhooks for payments or bank transactions, which the sync polls.
 */
public class XeroWebhookHandler implements WebhookHandler {

	private static final Logger log = LoggerFactory.getLogger(XeroWebhookHandler.class);

	private final ConnectionDirectory directory;

	private final XeroConnector connector;

	private final ObjectProvider<RecordIngestor> ingestor;

	public XeroWebhookHandler(ConnectionDirectory directory, XeroConnector connector,
			ObjectProvider<RecordIngestor> ingestor) {
		this.directory = directory;
		this.connector = connector;
		this.ingestor = ingestor;
	}

	@Override
	public Provider provider() {
		return Provider.XERO;
	}

	@Override
	public void handle(WebhookDelivery delivery) {
		ConnectionSpec connection = this.directory.find(delivery.connectionId()).orElse(null);
		if (connection == null) {
			log.info("xero webhook {} dropped: connection {} is gone", delivery.deliveryId(), delivery.connectionId());
			return;
		}
		Set<UUID> invoices = new LinkedHashSet<>();
		for (JsonNode event : XeroApi.JSON.readTree(delivery.body()).path("events")) {
			if (!event.path("tenantId").asString("").equals(connection.account())) {
				continue;
			}
			String category = event.path("eventCategory").asString("");
			if ("INVOICE".equals(category)) {
				invoices.add(UUID.fromString(event.path("resourceId").asString()));
			}
			else {
				log.debug("xero {} event for {} acknowledged; not mapped", category,
						event.path("resourceId").asString(""));
			}
		}
		if (invoices.isEmpty()) {
			return;
		}
		List<RawRecord> records = new ArrayList<>();
		for (UUID id : invoices) {
			RawRecord record = this.connector.fetch(connection, XeroConnector.INVOICES, id);
			if (record != null) {
				records.add(record);
			}
		}
		RecordIngestor ingestor = this.ingestor.getIfAvailable();
		if (ingestor == null) {
			throw new IllegalStateException("no RecordIngestor in this build; the delivery stays queued");
		}
		IngestResult result = ingestor.ingest(connection.source(), XeroConnector.INVOICES,
				this.connector.mapper(XeroConnector.INVOICES), records);
		log.debug("xero webhook {} ingested {} invoices: {} changed, {} rejected", delivery.deliveryId(),
				records.size(), result.changed(), result.rejected());
	}

}
