package io.sentia.analytics.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.sentia.events.CashDirection;
import io.sentia.events.PaymentRecorded;
import org.jspecify.annotations.Nullable;

/**
 * A payment against an invoice or bill, as the books record it.
 *
 * @param tenantId owning tenant
 * @param source connector that read it
 * @param paymentId the accounting system's id
 * @param direction {@code IN} a customer paid, {@code OUT} the tenant paid a supplier
 * @param invoiceId the invoice or bill paid (same source), or {@code null} if unallocated
 * @param invoiceNumber its number, or {@code null}
 * @param contactId who paid or was paid, or {@code null}
 * @param contactName their name, or {@code null}
 * @param paidOn payment date
 * @param amount the amount, never negative
 * @param currency ISO-4217 currency of the amount
 * @param bankAccountId bank account, or {@code null}
 * @param reference free-text reference, or {@code null}
 * @param status {@code authorised} | {@code deleted}
 * @param reconciled whether matched to a bank statement line
 * @param updatedAt the source's change time of this state
 */
public record Payment(String tenantId, String source, String paymentId, CashDirection direction,
		@Nullable String invoiceId, @Nullable String invoiceNumber, @Nullable String contactId,
		@Nullable String contactName, LocalDate paidOn, BigDecimal amount, String currency,
		@Nullable String bankAccountId, @Nullable String reference, String status, boolean reconciled,
		Instant updatedAt) {

	static Payment of(PaymentRecorded payment) {
		return new Payment(payment.tenantId(), payment.source(), payment.paymentId(), payment.direction(),
				payment.invoiceId(), payment.invoiceNumber(),
				(payment.contact() != null) ? payment.contact().contactId() : null,
				(payment.contact() != null) ? payment.contact().name() : null, payment.paidOn(),
				payment.amount().amount(), payment.amount().currency(), payment.bankAccountId(), payment.reference(),
				payment.status(), payment.reconciled(), payment.updatedAt());
	}

}
