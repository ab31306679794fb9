package io.sentia.events;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The current state of a sales invoice (receivable) or a bill (payable) from the books.
 *
 * @param tenantId owning tenant
 * @param invoiceId the accounting system's invoice id
 * @param source connector that read the invoice, e.g. {@code xero}
 * @param type {@code ACCREC} receivable or {@code ACCPAY} payable
 * @param invoiceNumber the number people use, or {@code null} (bills often have none)
 * @param reference free-text reference, or {@code null}
 * @param contact the customer or supplier
 * @param issueDate the invoice date
 * @param dueDate when payment is due, or {@code null} if no terms are set
 * @param status {@code draft} | {@code submitted} | {@code authorised} | {@code paid} |
 * {@code voided} | {@code deleted}
 * @param currency ISO-4217 currency of every amount on the invoice
 * @param subTotal total excluding tax
 * @param totalTax tax
 * @param total total including tax
 * @param amountPaid paid so far
 * @param amountCredited settled by credit notes so far
 * @param amountDue still to be paid
 * @param fullyPaidOn the date the invoice was fully paid, or {@code null} while it is not
 * @param updatedAt when the source last changed the invoice
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceUpserted(String tenantId, String invoiceId, String source, InvoiceType type, String invoiceNumber,
		String reference, Contact contact, LocalDate issueDate, LocalDate dueDate, String status, String currency,
		Money subTotal, Money totalTax, Money total, Money amountPaid, Money amountCredited, Money amountDue,
		LocalDate fullyPaidOn, Instant updatedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.finance.invoice.upserted.v1";

	public InvoiceUpserted {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(invoiceId, "invoiceId");
		Invariants.requiredText(source, "source");
		Invariants.required(type, "type");
		Invariants.required(contact, "contact");
		Invariants.required(issueDate, "issueDate");
		Invariants.requiredText(status, "status");
		Invariants.currency(currency, "currency");
		Invariants.sameCurrency(Invariants.required(subTotal, "subTotal"), currency, "subTotal");
		Invariants.sameCurrency(Invariants.required(totalTax, "totalTax"), currency, "totalTax");
		Invariants.sameCurrency(Invariants.required(total, "total"), currency, "total");
		Invariants.sameCurrency(Invariants.required(amountPaid, "amountPaid"), currency, "amountPaid");
		Invariants.sameCurrency(Invariants.required(amountCredited, "amountCredited"), currency, "amountCredited");
		Invariants.sameCurrency(Invariants.required(amountDue, "amountDue"), currency, "amountDue");
		Invariants.required(updatedAt, "updatedAt");
	}

	@Override
	public String entityId() {
		return this.source + ":" + this.invoiceId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.FINANCE_INVOICES;
	}

}
