package io.sentia.servicekit.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import io.sentia.events.EventCatalogue;
import io.sentia.events.EventType;
import io.sentia.events.SentiaEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Consumes a batch of catalogue events into typed records, so a batch listener on
 * {@link KafkaConfiguration#BATCH_LISTENER_CONTAINER_FACTORY} is one line per topic:
 *
 * <pre class="code">
 * this.events.on(ORDERS, records, acknowledgment, OrderUpserted.class, this.repository::upsertOrder);
 * </pre>
 *
 * Each record is read first: a record of another {@code ce_type} is skipped (a newer
 * producer may add types to a topic), a record with missing {@code ce_*} headers, no
 * payload, an unreadable payload or a payload of another tenant than its
 * {@code ce_tenant} is poison and goes to {@code <topic>.dlt} without retries. The events
 * read are then handled in one transaction that also records their processed-event marks,
 * so a redelivered event is not handled again; a handler failure is retried and then
 * dead-lettered, the records before it committed ({@link TransactionalBatch}). The batch
 * is acknowledged once that transaction has committed.
 */
public class EventConsumer {

	private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

	private final TransactionalBatch batch;

	private final ProcessedEvents processedEvents;

	private final JsonMapper jsonMapper;

	public EventConsumer(TransactionalBatch batch, ProcessedEvents processedEvents, JsonMapper jsonMapper) {
		this.batch = batch;
		this.processedEvents = processedEvents;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Handles each first delivery of one event type, in record order, then acknowledges.
	 * @param <E> the event record
	 * @param consumer stable name under which processed events are recorded, usually the
	 * listener id
	 * @param records the batch, as the container passed it
	 * @param acknowledgment acknowledged after the transaction commits
	 * @param type the catalogue event to read; records of other types are skipped
	 * @param handler applies one event inside the batch's transaction
	 * @throws BatchListenerFailedException naming the record that failed
	 */
	public <E extends SentiaEvent> void on(String consumer, List<ConsumerRecord<String, String>> records,
			Acknowledgment acknowledgment, Class<E> type, Consumer<? super E> handler) {
		handlers(consumer).on(type, handler).apply(records, acknowledgment);
	}

	/**
	 * Handles the first deliveries of one event type as one list, in record order, then
	 * acknowledges; for a handler that writes a batch faster than one event at a time.
	 * @param <E> the event record
	 * @param consumer stable name under which processed events are recorded
	 * @param records the batch, as the container passed it
	 * @param acknowledgment acknowledged after the transaction commits
	 * @param type the catalogue event to read; records of other types are skipped
	 * @param handler applies the events inside the batch's transaction; not called when
	 * every event was processed before
	 * @throws BatchListenerFailedException naming the record that failed
	 */
	public <E extends SentiaEvent> void onBatch(String consumer, List<ConsumerRecord<String, String>> records,
			Acknowledgment acknowledgment, Class<E> type, Consumer<? super List<E>> handler) {
		String ceType = ceType(type);
		this.batch.apply(records, (record) -> read(record, ceType, type), (events) -> {
			Set<UUID> first = this.processedEvents.firstDeliveries(consumer, events.stream().map(Read::id).toList());
			List<E> firstDeliveries = new ArrayList<>(first.size());
			for (Read<E> event : events) {
				if (first.remove(event.id())) {
					firstDeliveries.add(event.event());
				}
			}
			if (!firstDeliveries.isEmpty()) {
				handler.accept(firstDeliveries);
			}
		});
		acknowledgment.acknowledge();
	}

	/**
	 * Starts handlers for a topic that carries several event types, e.g.
	 * {@code handlers(CONSUMER).on(TenantCreated.class, ...).on(TenantUpdated.class, ...)};
	 * keep the result in a field or build it per batch.
	 * @param consumer stable name under which processed events are recorded
	 * @return handlers for no type yet
	 */
	public Handlers handlers(String consumer) {
		return new Handlers(consumer, Map.of());
	}

	private <E extends SentiaEvent> @Nullable Read<E> read(ConsumerRecord<String, String> record, String ceType,
			Class<E> type) {
		EventEnvelope envelope = EventEnvelope.of(record);
		if (!ceType.equals(envelope.type())) {
			log.debug("Skipping {} event {} on {}", envelope.type(), envelope.id(), record.topic());
			return null;
		}
		return new Read<>(envelope.id(), payload(record, envelope, type));
	}

	private <E extends SentiaEvent> E payload(ConsumerRecord<String, String> record, EventEnvelope envelope,
			Class<E> type) {
		if (record.value() == null) {
			throw new MalformedEventException("Event " + envelope.id() + " on " + record.topic() + " has no payload");
		}
		E event = this.jsonMapper.readValue(record.value(), type);
		if (!envelope.tenantId().equals(event.tenantId())) {
			throw new MalformedEventException("Event " + envelope.id() + " is for tenant " + event.tenantId()
					+ " but its ce_tenant says " + envelope.tenantId());
		}
		return event;
	}

	private static String ceType(Class<? extends SentiaEvent> type) {
		return EventCatalogue.all()
			.stream()
			.filter((candidate) -> candidate.javaType().equals(type))
			.map(EventType::type)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not in the event catalogue"));
	}

	/**
	 * Handlers per event type of one consumer; immutable, so one instance may serve every
	 * consumer thread.
	 */
	public final class Handlers {

		private final String consumer;

		private final Map<String, Reader<?>> readers;

		private Handlers(String consumer, Map<String, Reader<?>> readers) {
			this.consumer = consumer;
			this.readers = readers;
		}

		/**
		 * Adds the handler of one more event type.
		 * @param <E> the event record
		 * @param type the catalogue event to read
		 * @param handler applies one event inside the batch's transaction
		 * @return these handlers and the new one
		 */
		public <E extends SentiaEvent> Handlers on(Class<E> type, Consumer<? super E> handler) {
			Map<String, Reader<?>> readers = new HashMap<>(this.readers);
			if (readers.put(ceType(type), new Reader<>(type, handler)) != null) {
				throw new IllegalArgumentException(type.getName() + " has a handler already");
			}
			return new Handlers(this.consumer, Map.copyOf(readers));
		}

		/**
		 * Handles each first delivery of the types with a handler, in record order, in
		 * one transaction, then acknowledges; records of other types are skipped.
		 * @param records the batch, as the container passed it
		 * @param acknowledgment acknowledged after the transaction commits
		 * @throws BatchListenerFailedException naming the record that failed
		 */
		public void apply(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
			EventConsumer.this.batch.apply(records, this::read, (events) -> {
				Set<UUID> first = EventConsumer.this.processedEvents.firstDeliveries(this.consumer,
						events.stream().map(Handling::id).toList());
				for (Handling event : events) {
					if (first.remove(event.id())) {
						event.effect().run();
					}
				}
			});
			acknowledgment.acknowledge();
		}

		private @Nullable Handling read(ConsumerRecord<String, String> record) {
			EventEnvelope envelope = EventEnvelope.of(record);
			Reader<?> reader = this.readers.get(envelope.type());
			if (reader == null) {
				log.debug("Skipping {} event {} on {}", envelope.type(), envelope.id(), record.topic());
				return null;
			}
			return reader.read(record, envelope);
		}

	}

	/** Reads one event type and binds its handler to the event read. */
	private final class Reader<E extends SentiaEvent> {

		private final Class<E> type;

		private final Consumer<? super E> handler;

		private Reader(Class<E> type, Consumer<? super E> handler) {
			this.type = type;
			this.handler = handler;
		}

		private Handling read(ConsumerRecord<String, String> record, EventEnvelope envelope) {
			E event = payload(record, envelope, this.type);
			return new Handling(envelope.id(), () -> this.handler.accept(event));
		}

	}

	/** An event read from a record, with the record's event id. */
	private record Read<E>(UUID id, E event) {
	}

	/** What handling a read event does, with the record's event id. */
	private record Handling(UUID id, Runnable effect) {
	}

}
