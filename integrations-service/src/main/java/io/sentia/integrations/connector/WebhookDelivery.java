package io.sentia.integrations.connector;

import java.time.Instant;
import java.util.UUID;

/**
 * A verified webhook delivery.
 *
 * @param provider who sent it
 * @param deliveryId the provider's delivery id (Shopify {@code X-Shopify-Webhook-Id};
 * Xero: a hash of the signed body), the de-duplication key
 * @param connectionId the connection it belongs to
 * @param tenantId the connection's tenant
 * @param topic what it is about, e.g. {@code orders/create}
 * @param body the raw body
 * @param receivedAt when we received it
 */
public record WebhookDelivery(Provider provider, String deliveryId, UUID connectionId, String tenantId, String topic,
		byte[] body, Instant receivedAt) {
}
