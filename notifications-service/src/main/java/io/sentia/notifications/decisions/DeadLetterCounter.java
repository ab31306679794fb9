package io.sentia.notifications.decisions;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;

/**
 * Counts the events the kit's error handler sends to a dead-letter topic, as
 * {@code sentia.notifications.dead.letters} tagged with the dead-letter topic, so a
 * malformed alert is visible in metrics (the record itself is on the {@code .dlt}).
 */
class DeadLetterCounter implements RetryListener {

	static final String METER = "sentia.notifications.dead.letters";

	private final MeterRegistry meters;

	DeadLetterCounter(MeterRegistry meters, DefaultErrorHandler errorHandler) {
		this.meters = meters;
		errorHandler.setRetryListeners(this);
	}

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
	}

	@Override
	public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
		Counter.builder(METER)
			.description("Events dead-lettered after they could not be processed")
			.tag("topic", Topics.deadLetter(record.topic()))
			.register(this.meters)
			.increment();
	}

}
