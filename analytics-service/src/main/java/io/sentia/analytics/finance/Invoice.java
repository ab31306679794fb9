package io.sentia.analytics.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import org.jspecify.annotations.Nullable;

/**
 * A sales invoice (receivable) or a bill (payable); every amount is in {@code currency}.
 *
 * @param tenantId owning tenant
 * @param source connector that read it
 * @param invoiceId the accounting system's id
 * @param type {@code ACCREC} receivable or {@code ACCPAY} payable
 * @param invoiceNumber the number people use, or {@code null}
 * @param reference free-text reference, or {@code null}
 * @param contactId customer or supplier id
 * @param contactName customer or supplier name
 * @param issueDate invoice date
 * @param dueDate due date, or {@code null} when no terms are set
 * @param status {@code draft} | {@code submitted} | {@code authorised} | {@code paid} |
 * {@code voided} | {@code deleted}
 * @param currency ISO-4217 currency
 * @param subTotal total excluding tax
 * @param totalTax tax
 * @param total total including tax
 * @param amountPaid paid so far
 * @param amountCredited settled by credit notes so far
 * @param amountDue still to be paid
 * @param fullyPaidOn the date it was fully paid, or {@code null}
 * @param updatedAt the source's change time of this state
 */
public record Invoice(String tenantId, String source, String invoiceId, InvoiceType type,
		@Nullable String invoiceNumber, @Nullable String reference, String contactId, String contactName,
		LocalDate issueDate, @Nullable LocalDate dueDate, String status, String currency, BigDecimal subTotal,
		BigDecimal totalTax, BigDecimal total, BigDecimal amountPaid, BigDecimal amountCredited, BigDecimal amountDue,
		@Nullable LocalDate fullyPaidOn, Instant updatedAt) {

	/** Statuses of an invoice that is owed: approved and not yet settled in full. */
	public static final List<String> OPEN_STATUSES = List.of("submitted", "authorised");

	static Invoice of(InvoiceUpserted invoice) {
		return new Invoice(invoice.tenantId(), invoice.source(), invoice.invoiceId(), invoice.type(),
				invoice.invoiceNumber(), invoice.reference(), invoice.contact().contactId(), invoice.contact().name(),
				invoice.issueDate(), invoice.dueDate(), invoice.status(), invoice.currency(),
				invoice.subTotal().amount(), invoice.totalTax().amount(), invoice.total().amount(),
				invoice.amountPaid().amount(), invoice.amountCredited().amount(), invoice.amountDue().amount(),
				invoice.fullyPaidOn(), invoice.updatedAt());
	}

}
