package io.sentia.events;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A payment against an invoice or bill, as the books record it. A later event for the
 * same payment (e.g. deleted) replaces the earlier one.
 *
 * @param tenantId owning tenant
 * @param paymentId the accounting system's payment id
 * @param source connector that read the payment, e.g. {@code xero}
 * @param direction {@code in} for a customer paying, {@code out} for paying a supplier
 * @param invoiceId the invoice or bill paid, or {@code null} for an unallocated payment
 * @param invoiceNumber its number, or {@code null}
 * @param contact who paid or was paid, or {@code null} if unknown
 * @param paidOn the payment date
 * @param amount the amount, never negative; {@code direction} gives the sign
 * @param bankAccountId the bank account the money moved through, or {@code null}
 * @param reference free-text reference, or {@code null}
 * @param status {@code authorised} | {@code deleted}
 * @param reconciled whether the payment is matched to a bank statement line
 * @param updatedAt when the source last changed the payment
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentRecorded(String tenantId, String paymentId, String source, CashDirection direction,
		String invoiceId, String invoiceNumber, Contact contact, LocalDate paidOn, Money amount, String bankAccountId,
		String reference, String status, boolean reconciled, Instant updatedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.finance.payment.recorded.v1";

	public PaymentRecorded {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(paymentId, "paymentId");
		Invariants.requiredText(source, "source");
		Invariants.required(direction, "direction");
		Invariants.required(paidOn, "paidOn");
		Invariants.notNegative(Invariants.required(amount, "amount"), "amount");
		Invariants.requiredText(status, "status");
		Invariants.required(updatedAt, "updatedAt");
	}

	@Override
	public String entityId() {
		return this.source + ":" + this.paymentId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.FINANCE_PAYMENTS;
	}

}
