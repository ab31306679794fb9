package io.sentia.servicekit.kafka;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Deduplication of deliveries in the consumer's own transaction.
 */
class ProcessedEventsTests extends ServiceKitTestSupport {

	@Autowired
	private ProcessedEvents processedEvents;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void answersTrueOnlyForTheFirstDelivery() {
		UUID eventId = UUID.randomUUID();

		assertThat(firstDelivery("analytics.orders", eventId)).isTrue();
		assertThat(firstDelivery("analytics.orders", eventId)).isFalse();
	}

	@Test
	void keepsConsumersApart() {
		UUID eventId = UUID.randomUUID();

		assertThat(firstDelivery("analytics.orders", eventId)).isTrue();
		assertThat(firstDelivery("forecasting.orders", eventId)).isTrue();
	}

	@Test
	void forgetsADeliveryWhoseTransactionRolledBack() {
		UUID eventId = UUID.randomUUID();

		Boolean recorded = this.transaction.execute((status) -> {
			boolean first = this.processedEvents.firstDelivery("analytics.orders", eventId);
			status.setRollbackOnly();
			return first;
		});

		assertThat(recorded).isTrue();
		assertThat(firstDelivery("analytics.orders", eventId)).isTrue();
	}

	@Test
	void refusesToRecordOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.processedEvents.firstDelivery("analytics.orders", UUID.randomUUID()));
	}

	@Test
	void aBatchIsRecordedInOneGoAndAnswersOnlyItsFirstDeliveriesOnceEach() {
		UUID seen = UUID.randomUUID();
		UUID fresh = UUID.randomUUID();
		UUID twice = UUID.randomUUID();
		assertThat(firstDelivery("analytics.orders", seen)).isTrue();

		Set<UUID> first = this.transaction.execute((status) -> this.processedEvents.firstDeliveries("analytics.orders",
				List.of(seen, fresh, twice, twice)));

		assertThat(first).containsExactlyInAnyOrder(fresh, twice);
		assertThat(firstDelivery("analytics.orders", fresh)).isFalse();
		assertThat(firstDelivery("forecasting.orders", fresh)).isTrue();
	}

	@Test
	void aBatchWhoseTransactionRolledBackIsForgottenAndNoneIsRecordedOutsideOne() {
		UUID eventId = UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> {
			this.processedEvents.firstDeliveries("analytics.orders", List.of(eventId));
			status.setRollbackOnly();
		});

		assertThat(firstDelivery("analytics.orders", eventId)).isTrue();
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.processedEvents.firstDeliveries("analytics.orders", List.of(UUID.randomUUID())));
	}

	private boolean firstDelivery(String consumer, UUID eventId) {
		return Boolean.TRUE
			.equals(this.transaction.execute((status) -> this.processedEvents.firstDelivery(consumer, eventId)));
	}

}
