package io.sentia.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.outbox.OutboxPublisher;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records an order in one of the demo stores and publishes it through the outbox, the
 * same path a connector's order takes, for the caller's tenant. It is accepted (202) as
 * soon as the outbox row commits, so it is accepted while Kafka is down and delivered
 * when Kafka is back. Operators and above, and partners with {@code integrations.write}.
 */
@RestController
@Profile(DemoProfile.NAME)
@RequestMapping("/api/integrations/v1/demo/orders")
class DemoOrderController {

	private final OutboxPublisher outbox;

	private final TransactionTemplate transaction;

	private final TenantContext tenant;

	private final Clock clock;

	DemoOrderController(OutboxPublisher outbox, TransactionTemplate transaction, TenantContext tenant) {
		this.outbox = outbox;
		this.transaction = transaction;
		this.tenant = tenant;
		this.clock = Clock.systemUTC();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Access(role = Role.OPERATOR, scopes = "integrations.write")
	RecordedDemoOrder record(@Valid @RequestBody DemoOrderRequest request) {
		DemoStore store = store(request.store());
		String sku = product(request.sku());
		Instant now = this.clock.instant();
		Instant orderedAt = (request.orderedAt() != null) ? request.orderedAt() : now;
		String orderId = "manual-" + UUID.randomUUID();
		Money unitPrice = new Money(request.unitPrice().setScale(2, RoundingMode.UNNECESSARY), store.currency());
		Money total = new Money(unitPrice.amount().multiply(BigDecimal.valueOf(request.quantity())), store.currency());
		OrderUpserted order = new OrderUpserted(this.tenant.currentTenantId(), orderId, store.source(), store.channel(),
				store.region(), store.store(), "open", orderedAt, now, store.currency(),
				List.of(new OrderLine("1", sku, request.quantity(), unitPrice, total)), total);
		this.transaction.executeWithoutResult((status) -> this.outbox.publish(order));
		return new RecordedDemoOrder(orderId, order.entityId(), total);
	}

	private static DemoStore store(String key) {
		try {
			return DemoStore.valueOf(key.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblemException.invalidField("store",
					"must be one of " + Arrays.stream(DemoStore.values())
						.map((store) -> store.name().toLowerCase(Locale.ROOT).replace('_', '-'))
						.toList());
		}
	}

	private static String product(String sku) {
		try {
			return DemoCatalogue.product(sku.trim()).sku();
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblemException.invalidField("sku", "names '" + sku + "', not a SKU of the demo catalogue");
		}
	}

	/**
	 * What was recorded.
	 *
	 * @param orderId the new order's id in its store
	 * @param entityId the order's id in the event stream
	 * @param total the order total
	 */
	record RecordedDemoOrder(String orderId, String entityId, Money total) {
	}

}
