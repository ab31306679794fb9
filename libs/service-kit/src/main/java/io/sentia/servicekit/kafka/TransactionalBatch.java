package io.sentia.servicekit.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies a batch of records in one database transaction and, when a record fails,
 * reports it the way the {@link KafkaConfiguration#BATCH_LISTENER_CONTAINER_FACTORY batch
 * factory}'s error handler needs: every record before it is committed to the database
 * first, then a {@link BatchListenerFailedException} names its index. The error handler
 * then commits those offsets, retries from the failed record and finally dead-letters it.
 */
public class TransactionalBatch {

	private final TransactionOperations transaction;

	private final BatchSpans spans;

	/**
	 * Creates a batch applier whose batches run without a span of their own.
	 * @param transaction transactions on the service's database
	 */
	public TransactionalBatch(TransactionOperations transaction) {
		this(transaction, BatchSpans.none());
	}

	/**
	 * Creates a batch applier.
	 * @param transaction transactions on the service's database
	 * @param spans the span each batch runs in
	 */
	public TransactionalBatch(TransactionOperations transaction, BatchSpans spans) {
		this.transaction = transaction;
		this.spans = spans;
	}

	/**
	 * Reads every record, then applies what was read in one transaction, in record order,
	 * all in the batch's span ({@link BatchSpans}).
	 * <p>
	 * A record that cannot be read (its reader throws) is reported at its index after the
	 * records before it are applied. If the transaction fails, the values are applied
	 * again one transaction each, so the failing one is found and reported with all
	 * before it committed; if none fails on its own, the batch is done.
	 * @param <V> record value type
	 * @param <T> what a record is read into
	 * @param records the batch, as the container passed it
	 * @param reader reads and validates one record; returns {@code null} for a record the
	 * listener ignores (e.g. an event type it does not consume); throws
	 * {@link MalformedEventException} or a Jackson exception for a record that can never
	 * be read, so it is dead-lettered without retries
	 * @param applier applies values, in the given order, inside the caller's transaction;
	 * records processed-event ids itself
	 * @throws BatchListenerFailedException naming the index of the record that failed
	 */
	public <V, T> void apply(List<ConsumerRecord<String, V>> records,
			Function<ConsumerRecord<String, V>, @Nullable T> reader, Consumer<List<T>> applier) {
		this.spans.run(records, () -> readAndApply(records, reader, applier));
	}

	private <V, T> void readAndApply(List<ConsumerRecord<String, V>> records,
			Function<ConsumerRecord<String, V>, @Nullable T> reader, Consumer<List<T>> applier) {
		List<T> values = new ArrayList<>(records.size());
		List<Integer> indexes = new ArrayList<>(records.size());
		for (int index = 0; index < records.size(); index++) {
			ConsumerRecord<String, V> record = records.get(index);
			T value;
			try {
				value = reader.apply(record);
			}
			catch (RuntimeException ex) {
				applyInOrder(records, values, indexes, applier);
				throw failed(record, index, ex);
			}
			if (value != null) {
				values.add(value);
				indexes.add(index);
			}
		}
		applyInOrder(records, values, indexes, applier);
	}

	private <V, T> void applyInOrder(List<ConsumerRecord<String, V>> records, List<T> values, List<Integer> indexes,
			Consumer<List<T>> applier) {
		if (values.isEmpty()) {
			return;
		}
		try {
			this.transaction.executeWithoutResult((status) -> applier.accept(values));
		}
		catch (RuntimeException batchFailure) {
			// The rollback undid the records before the failing one too, and which one
			// failed is not known: one transaction per record finds it with all before
			// it committed, as the error handler's offset commit assumes.
			for (int i = 0; i < values.size(); i++) {
				List<T> one = List.of(values.get(i));
				try {
					this.transaction.executeWithoutResult((status) -> applier.accept(one));
				}
				catch (RuntimeException ex) {
					int index = indexes.get(i);
					throw failed(records.get(index), index, ex);
				}
			}
		}
	}

	private static BatchListenerFailedException failed(ConsumerRecord<?, ?> record, int index, RuntimeException ex) {
		return new BatchListenerFailedException("Failed " + record.topic() + "-" + record.partition() + "@"
				+ record.offset() + " at index " + index + " of its batch: " + ex.getMessage(), ex, index);
	}

}
