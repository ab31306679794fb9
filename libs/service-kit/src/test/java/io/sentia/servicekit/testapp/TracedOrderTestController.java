package io.sentia.servicekit.testapp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.servicekit.outbox.OutboxPublisher;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request that changes state and publishes the change through the outbox, as a
 * service's write endpoints do; the event goes to {@link TypedOrderTestListener}'s topic.
 */
@RestController
class TracedOrderTestController {

	static final String TENANT = "5e471a00-0000-4000-8000-0000000000a7";

	private final OutboxPublisher outbox;

	private final TransactionTemplate transaction;

	TracedOrderTestController(OutboxPublisher outbox, TransactionTemplate transaction) {
		this.outbox = outbox;
		this.transaction = transaction;
	}

	@PostMapping("/test/traced-orders/{orderId}")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void publish(@PathVariable String orderId) {
		Money price = new Money(new BigDecimal("9.90"), "GBP");
		Instant now = Instant.now();
		OrderUpserted order = new OrderUpserted(TENANT, orderId, "shopify", "shopify", "UK", "uk", "open", now, now,
				"GBP", List.of(new OrderLine("1", "GIN-70", 1, price, price)), price);
		this.transaction.executeWithoutResult((status) -> this.outbox.publish(new TypedTopicOrder(order)));
	}

}
