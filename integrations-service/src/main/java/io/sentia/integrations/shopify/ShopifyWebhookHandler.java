package io.sentia.integrations.shopify;

import java.util.List;
import java.util.Set;

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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Processes queued Shopify webhooks. Order topics carry the REST order, which is mapped
 * as it is; a refund, product or inventory change is a hint to fetch the current record
 * over GraphQL. Everything goes through the {@link RecordIngestor}, so a delivery that
 * repeats what the sync already read publishes nothing.
 */
public class ShopifyWebhookHandler implements WebhookHandler {

	private static final Logger log = LoggerFactory.getLogger(ShopifyWebhookHandler.class);

	/** Topics whose body is the whole REST order. */
	static final Set<String> ORDER_TOPICS = Set.of("orders/create", "orders/updated", "orders/cancelled",
			"orders/fulfilled", "orders/paid", "orders/partially_fulfilled");

	private final ConnectionDirectory directory;

	private final ShopifyConnector connector;

	private final ObjectProvider<RecordIngestor> ingestor;

	public ShopifyWebhookHandler(ConnectionDirectory directory, ShopifyConnector connector,
			ObjectProvider<RecordIngestor> ingestor) {
		this.directory = directory;
		this.connector = connector;
		this.ingestor = ingestor;
	}

	@Override
	public Provider provider() {
		return Provider.SHOPIFY;
	}

	@Override
	public void handle(WebhookDelivery delivery) {
		ConnectionSpec connection = this.directory.find(delivery.connectionId()).orElse(null);
		if (connection == null) {
			log.info("shopify webhook {} dropped: connection {} is gone", delivery.deliveryId(),
					delivery.connectionId());
			return;
		}
		JsonNode body;
		try {
			body = ShopifyAdminApi.JSON.readTree(delivery.body());
		}
		catch (JacksonException ex) {
			// Signed by Shopify yet not JSON: retrying cannot help, so say so and stop.
			log.warn("shopify webhook {} ({}) is not JSON; dropped", delivery.deliveryId(), delivery.topic());
			return;
		}
		String topic = delivery.topic();
		if (ORDER_TOPICS.contains(topic)) {
			ingest(connection, ShopifyConnector.ORDERS,
					new RawRecord(Long.toString(body.path("id").asLong()),
							ShopifyJson.instant(body.path("updated_at"), "updated_at"),
							new String(delivery.body(), java.nio.charset.StandardCharsets.UTF_8)));
		}
		else if ("refunds/create".equals(topic)) {
			ingest(connection, ShopifyConnector.ORDERS,
					this.connector.fetchOrder(connection, body.path("order_id").asLong()));
		}
		else if ("products/create".equals(topic) || "products/update".equals(topic)) {
			ingest(connection, ShopifyConnector.PRODUCTS,
					this.connector.fetchProduct(connection, body.path("id").asLong()));
		}
		else if ("inventory_levels/update".equals(topic) || "inventory_levels/connect".equals(topic)) {
			ingest(connection, ShopifyConnector.INVENTORY, this.connector.fetchLevel(connection,
					body.path("inventory_item_id").asLong(), body.path("location_id").asLong()));
		}
		else {
			log.info("shopify webhook topic {} is not one we subscribe to; ignored", topic);
		}
	}

	private void ingest(ConnectionSpec connection, String stream, RawRecord record) {
		RecordIngestor ingestor = this.ingestor.getIfAvailable();
		if (ingestor == null) {
			throw new IllegalStateException("no RecordIngestor in this build; the delivery stays queued");
		}
		IngestResult result = ingestor.ingest(connection.source(), stream, this.connector.mapper(stream),
				List.of(record));
		log.debug("shopify webhook ingested {} {}: {} changed, {} rejected", stream, record.externalId(),
				result.changed(), result.rejected());
	}

}
