package io.sentia.integrations.connector;

/** Processes one provider's queued webhook deliveries; a Spring bean per provider. */
public interface WebhookHandler {

	Provider provider();

	/**
	 * Processes a delivery (e.g. maps the order in it, or fetches the records a Xero
	 * event names) and ingests the result. Throwing leaves the delivery queued for a
	 * retry.
	 */
	void handle(WebhookDelivery delivery);

}
