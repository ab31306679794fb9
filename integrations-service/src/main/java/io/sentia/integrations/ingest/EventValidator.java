package io.sentia.integrations.ingest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.PaymentRecorded;
import io.sentia.events.ProductUpserted;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.RecordRejectedException;

/**
 * The sanity checks every event passes before it is published, beyond what the event
 * records check themselves: quantities and amounts in a believable range and dates
 * neither before 2000 nor more than a day ahead.
 */
class EventValidator {

	static final int MAX_QUANTITY = 1_000_000;

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private static final Duration FUTURE_SLACK = Duration.ofDays(1);

	private final Clock clock;

	EventValidator(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Checks the events of one record.
	 * @return the SKUs they name (for the catalogue)
	 * @throws RecordRejectedException naming the first problem found
	 */
	Set<String> validate(List<SentiaEvent> events) {
		Set<String> skus = new LinkedHashSet<>();
		for (SentiaEvent event : events) {
			switch (event) {
				case OrderUpserted order -> {
					instant(order.orderedAt(), "orderedAt");
					instant(order.updatedAt(), "updatedAt");
					money(order.total(), "total");
					for (OrderLine line : order.lines()) {
						quantity(line.quantity(), "line " + line.lineId() + " quantity");
						money(line.unitPrice(), "line " + line.lineId() + " unitPrice");
						money(line.lineTotal(), "line " + line.lineId() + " lineTotal");
						skus.add(line.sku());
					}
				}
				case InventoryLevelChanged level -> {
					quantity(level.onHand(), "onHand");
					quantity(level.available(), "available");
					quantity(level.inbound(), "inbound");
					instant(level.asOf(), "asOf");
					skus.add(level.sku());
				}
				case PurchaseOrderUpserted purchase -> {
					date(purchase.orderDate(), "orderDate");
					instant(purchase.updatedAt(), "updatedAt");
					money(purchase.total(), "total");
					for (PurchaseOrderUpserted.Line line : purchase.lines()) {
						quantity(line.quantity(), "line " + line.lineId() + " quantity");
						skus.add(line.sku());
					}
				}
				case ProductUpserted product -> instant(product.updatedAt(), "updatedAt");
				case InvoiceUpserted invoice -> {
					date(invoice.issueDate(), "issueDate");
					money(invoice.total(), "total");
					money(invoice.amountDue(), "amountDue");
					instant(invoice.updatedAt(), "updatedAt");
				}
				case PaymentRecorded payment -> {
					date(payment.paidOn(), "paidOn");
					money(payment.amount(), "amount");
				}
				case BankTransactionRecorded transaction -> {
					date(transaction.transactionDate(), "transactionDate");
					money(transaction.amount(), "amount");
				}
				default -> {
				}
			}
		}
		return skus;
	}

	private void quantity(long quantity, String field) {
		if (Math.abs(quantity) >= MAX_QUANTITY) {
			throw new RecordRejectedException(field + " " + quantity + " is not a believable quantity (at most "
					+ (MAX_QUANTITY - 1) + " units)");
		}
	}

	private void money(Money money, String field) {
		if (money != null && money.amount().abs().compareTo(MAX_AMOUNT) >= 0) {
			throw new RecordRejectedException(field + " " + money.amount().toPlainString() + " " + money.currency()
					+ " is not a believable amount");
		}
	}

	private void instant(Instant instant, String field) {
		if (instant.isBefore(EARLIEST) || instant.isAfter(this.clock.instant().plus(FUTURE_SLACK))) {
			throw new RecordRejectedException(field + " " + instant + " is not a plausible date");
		}
	}

	private void date(LocalDate date, String field) {
		if (date != null) {
			instant(date.atStartOfDay(ZoneOffset.UTC).toInstant(), field);
		}
	}

}
