package io.sentia.integrations.demo;

import java.time.Instant;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.OrderUpserted;
import io.sentia.events.PaymentRecorded;
import io.sentia.events.ProductUpserted;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.SentiaEvent;

/** When a demo event happened, read from the field each kind carries it in. */
final class DemoEventTimes {

	private DemoEventTimes() {
	}

	static Instant of(SentiaEvent event) {
		return switch (event) {
			case OrderUpserted order -> order.updatedAt();
			case ProductUpserted product -> product.updatedAt();
			case InventoryLevelChanged level -> level.asOf();
			case PurchaseOrderUpserted order -> order.updatedAt();
			case InvoiceUpserted invoice -> invoice.updatedAt();
			case PaymentRecorded payment -> payment.updatedAt();
			default -> throw new IllegalArgumentException("The demo does not generate " + event.eventType());
		};
	}

}
