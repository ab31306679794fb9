package io.sentia.integrations.webhook;

import java.util.UUID;

import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.connector.WebhookInbox;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link WebhookInbox} on the {@code webhook_delivery} table: a delivery is queued in the
 * caller's transaction (or one of its own) and handed to the dispatcher once that
 * commits, so a rolled-back request queues nothing and the HTTP answer never waits for a
 * handler.
 */
class QueuedWebhookInbox implements WebhookInbox {

	private final WebhookDeliveries deliveries;

	private final WebhookDispatcher dispatcher;

	private final TransactionTemplate transaction;

	QueuedWebhookInbox(WebhookDeliveries deliveries, WebhookDispatcher dispatcher,
			PlatformTransactionManager transactions) {
		this.deliveries = deliveries;
		this.dispatcher = dispatcher;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public boolean enqueue(WebhookDelivery delivery) {
		Boolean queued = this.transaction.execute((status) -> {
			UUID id = UUID.randomUUID();
			if (!this.deliveries.insert(id, delivery)) {
				return false;
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					QueuedWebhookInbox.this.dispatcher.submit(id);
				}
			});
			return true;
		});
		return Boolean.TRUE.equals(queued);
	}

}
