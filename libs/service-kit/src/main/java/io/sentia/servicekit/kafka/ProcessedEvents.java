package io.sentia.servicekit.kafka;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
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

	/**
	 * Records that {@code consumer} processes a batch of events now, in one statement
	 * rather than one per event. Must run inside the transaction that applies their
	 * effects, like {@link #firstDelivery(String, UUID)}.
	 * @param consumer a stable name of the consuming logic
	 * @param eventIds the events' {@code ce_id}s, in any order; an id may occur twice
	 * @return the ids delivered for the first time; each occurs once, so a caller that
	 * removes an id as it applies it skips a second occurrence in the same batch
	 * @throws IllegalTransactionStateException if no transaction is active
	 */
	public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalTransactionStateException(
					"ProcessedEvents.firstDeliveries must run inside the transaction that applies the events");
		}
		if (eventIds.isEmpty()) {
			return new HashSet<>();
		}
		UUID[] ids = eventIds.toArray(UUID[]::new);
		return new HashSet<>(this.jdbc.sql("""
				INSERT INTO processed_event (consumer, event_id)
				SELECT :consumer, id FROM unnest(:eventIds) AS ids(id)
				ON CONFLICT DO NOTHING
				RETURNING event_id
				""").param("consumer", consumer).param("eventIds", new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
				return connection.createArrayOf("uuid", ids);
			}
		}).query(UUID.class).list());
	}

}
