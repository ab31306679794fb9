package io.sentia.servicekit.kafka;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers which events a consumer has processed, in the same transaction as the effect,
 * so a redelivered event changes nothing.
 */
public class ProcessedEvents {

	private final JdbcClient jdbc;

	public ProcessedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that {@code consumer} processes {@code eventId} now. Must run inside the
	 * transaction that applies the event's effect: if that transaction rolls back, so
	 * does the record, and the redelivery is processed again.
	 * @param consumer a stable name of the consuming logic, e.g.
	 * {@code forecasting.orders}
	 * @param eventId the event's {@code ce_id}
	 * @return {@code true} on the first delivery; {@code false} if already processed, in
	 * which case the caller skips its effect
	 * @throws IllegalTransactionStateException if no transaction is active
	 */
	public boolean firstDelivery(String consumer, UUID eventId) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalTransactionStateException(
					"ProcessedEvents.firstDelivery must run inside the transaction that applies the event");
		}
		int inserted = this.jdbc
			.sql("INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId) ON CONFLICT DO NOTHING")
			.param("consumer", consumer)
			.param("eventId", eventId)
			.update();
		return inserted == 1;
	}

}
