package io.sentia.integrations.connector;

/**
 * Persists verified webhook deliveries and hands them to the provider's
 * {@link WebhookHandler} after the HTTP answer has gone, so a delivery is answered fast
 * and processed once.
 */
public interface WebhookInbox {

	/**
	 * Queues a verified delivery.
	 * @return {@code false} when a delivery with the same provider and delivery id, or
	 * with the same body for the same connection, was already queued (a replay, perhaps
	 * under fresh unsigned headers); nothing is queued then
	 */
	boolean enqueue(WebhookDelivery delivery);

}
