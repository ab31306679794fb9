package io.sentia.integrations.upload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sentia.events.Contact;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;

/** An invoice or bill row to an {@link InvoiceUpserted}. */
final class InvoiceRowsMapper extends UploadRecordMapper {

	private static final Set<String> TYPES = new LinkedHashSet<>(List.of("ACCREC", "ACCPAY"));

	private static final Set<String> STATUSES = new LinkedHashSet<>(
			List.of("draft", "submitted", "authorised", "paid", "voided", "deleted"));

	private static final BigDecimal ZERO = new BigDecimal("0.00");

	@Override
	public UploadKind kind() {
		return UploadKind.INVOICES;
	}

	@Override
	List<SentiaEvent> build(UploadRecord record, RowReader reader, MappingContext context) {
		UploadRow row = record.rows().getFirst();
		String id = reader.text(row, "invoice_id", true);
		String type = reader.oneOf(row, "type", TYPES, null);
		String number = reader.text(row, "invoice_number", false);
		String reference = reader.text(row, "reference", false);
		String contactName = reader.text(row, "contact_name", true);
		String contactId = reader.text(row, "contact_id", false);
		LocalDate issueDate = reader.date(row, "issue_date", true);
		LocalDate dueDate = reader.date(row, "due_date", false);
		String status = reader.oneOf(row, "status", STATUSES, "authorised");
		String currency = reader.currency(row, "currency", true);
		BigDecimal subTotal = reader.decimal(row, "sub_total", true, false);
		BigDecimal tax = orDefault(reader.decimal(row, "total_tax", false, false), ZERO);
		BigDecimal total = reader.decimal(row, "total", false, false);
		BigDecimal paid = orDefault(reader.decimal(row, "amount_paid", false, false), ZERO);
		BigDecimal credited = orDefault(reader.decimal(row, "amount_credited", false, false), ZERO);
		BigDecimal due = reader.decimal(row, "amount_due", false, true);
		LocalDate fullyPaidOn = reader.date(row, "fully_paid_on", false);
		Instant updatedAt = reader.instant(row, "updated_at", false);
		if (reader.hasProblems()) {
			return List.of();
		}
		total = orDefault(total, subTotal.add(tax));
		due = orDefault(due, total.subtract(paid).subtract(credited));
		return List.of(new InvoiceUpserted(context.source().tenantId(), id, context.source().provider().id(),
				InvoiceType.valueOf(type), number, reference,
				new Contact((contactId != null) ? contactId : contactName, contactName), issueDate, dueDate, status,
				currency, new Money(subTotal, currency), new Money(tax, currency), new Money(total, currency),
				new Money(paid, currency), new Money(credited, currency), new Money(due, currency), fullyPaidOn,
				(updatedAt != null) ? updatedAt : record.receivedAt()));
	}

}
