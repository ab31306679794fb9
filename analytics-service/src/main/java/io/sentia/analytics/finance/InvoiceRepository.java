package io.sentia.analytics.finance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.sentia.events.InvoiceType;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code invoice} read model, and invoices joined with their payments at read time;
 * every query filters by tenant.
 */
public class InvoiceRepository {

	private final NamedParameterJdbcOperations namedJdbc;

	private final JdbcClient jdbc;

	InvoiceRepository(NamedParameterJdbcOperations namedJdbc) {
		this.namedJdbc = namedJdbc;
		this.jdbc = JdbcClient.create(namedJdbc);
	}

	/** Stores each invoice unless a state at least as new is stored, in list order. */
	void upsertAll(List<Invoice> invoices) {
		this.namedJdbc.batchUpdate("""
				INSERT INTO invoice (tenant_id, source, invoice_id, type, invoice_number, reference, contact_id,
				                     contact_name, issue_date, due_date, status, currency, sub_total, total_tax, total,
				                     amount_paid, amount_credited, amount_due, fully_paid_on, updated_at)
				VALUES (:tenant, :source, :invoiceId, :type, :invoiceNumber, :reference, :contactId, :contactName,
				        :issueDate, :dueDate, :status, :currency, :subTotal, :totalTax, :total, :amountPaid,
				        :amountCredited, :amountDue, :fullyPaidOn, :updatedAt)
				ON CONFLICT (tenant_id, source, invoice_id) DO UPDATE SET
				    type = EXCLUDED.type, invoice_number = EXCLUDED.invoice_number, reference = EXCLUDED.reference,
				    contact_id = EXCLUDED.contact_id, contact_name = EXCLUDED.contact_name,
				    issue_date = EXCLUDED.issue_date, due_date = EXCLUDED.due_date, status = EXCLUDED.status,
				    currency = EXCLUDED.currency, sub_total = EXCLUDED.sub_total, total_tax = EXCLUDED.total_tax,
				    total = EXCLUDED.total, amount_paid = EXCLUDED.amount_paid,
				    amount_credited = EXCLUDED.amount_credited, amount_due = EXCLUDED.amount_due,
				    fully_paid_on = EXCLUDED.fully_paid_on, updated_at = EXCLUDED.updated_at
				WHERE invoice.updated_at < EXCLUDED.updated_at
				""", invoices.stream().map(InvoiceRepository::parameters).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource parameters(Invoice invoice) {
		return new MapSqlParameterSource().addValue("tenant", invoice.tenantId())
			.addValue("source", invoice.source())
			.addValue("invoiceId", invoice.invoiceId())
			.addValue("type", invoice.type().name())
			.addValue("invoiceNumber", invoice.invoiceNumber())
			.addValue("reference", invoice.reference())
			.addValue("contactId", invoice.contactId())
			.addValue("contactName", invoice.contactName())
			.addValue("issueDate", invoice.issueDate())
			.addValue("dueDate", invoice.dueDate())
			.addValue("status", invoice.status())
			.addValue("currency", invoice.currency())
			.addValue("subTotal", invoice.subTotal())
			.addValue("totalTax", invoice.totalTax())
			.addValue("total", invoice.total())
			.addValue("amountPaid", invoice.amountPaid())
			.addValue("amountCredited", invoice.amountCredited())
			.addValue("amountDue", invoice.amountDue())
			.addValue("fullyPaidOn", invoice.fullyPaidOn())
			.addValue("updatedAt", invoice.updatedAt().atOffset(ZoneOffset.UTC));
	}

	/**
	 * Invoices of one type still owed: {@link Invoice#OPEN_STATUSES} with an amount due
	 * above zero, by due date (those without one last), then id.
	 * @param tenantId the tenant
	 * @param type {@code ACCREC} for receivables, {@code ACCPAY} for payables
	 * @return the open invoices
	 */
	public List<Invoice> openInvoices(String tenantId, InvoiceType type) {
		return this.jdbc.sql("""
				SELECT * FROM invoice
				WHERE tenant_id = :tenant AND type = :type AND status IN ('submitted', 'authorised') AND amount_due > 0
				ORDER BY due_date NULLS LAST, source, invoice_id
				""").param("tenant", tenantId).param("type", type.name()).query(InvoiceRepository::invoice).list();
	}

	/**
	 * Invoices of one type issued in a range, any status (drafts, voided and deleted ones
	 * included: filter by {@link Invoice#status()}).
	 * @param tenantId the tenant
	 * @param type the invoice type
	 * @param from first issue date, inclusive
	 * @param to last issue date, inclusive
	 * @return the invoices, by issue date then id
	 */
	public List<Invoice> invoices(String tenantId, InvoiceType type, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT * FROM invoice
				WHERE tenant_id = :tenant AND type = :type AND issue_date BETWEEN :from AND :to
				ORDER BY issue_date, source, invoice_id
				""")
			.param("tenant", tenantId)
			.param("type", type.name())
			.param("from", from)
			.param("to", to)
			.query(InvoiceRepository::invoice)
			.list();
	}

	/**
	 * Authorised payments paid in a range joined with the invoices of one type they pay.
	 * The join happens here, at read time: a payment stored before its invoice arrived is
	 * in the answer as soon as the invoice is; one whose invoice is still unknown is not
	 * (see {@link PaymentRepository#paymentsWithoutInvoice}).
	 * @param tenantId the tenant
	 * @param type the invoices' type
	 * @param from first payment date, inclusive
	 * @param to last payment date, inclusive
	 * @return the payments with their invoices, by payment date then ids
	 */
	public List<InvoicePayment> invoicePayments(String tenantId, InvoiceType type, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT i.source, i.invoice_id, i.type, i.contact_id, i.contact_name, i.issue_date, i.due_date,
				       p.payment_id, p.paid_on, p.amount, p.currency
				FROM payment p
				JOIN invoice i ON i.tenant_id = p.tenant_id AND i.source = p.source AND i.invoice_id = p.invoice_id
				WHERE p.tenant_id = :tenant AND i.type = :type AND p.status = 'authorised'
				  AND p.paid_on BETWEEN :from AND :to
				ORDER BY p.paid_on, i.invoice_id, p.payment_id
				""")
			.param("tenant", tenantId)
			.param("type", type.name())
			.param("from", from)
			.param("to", to)
			.query((row, number) -> new InvoicePayment(row.getString("source"), row.getString("invoice_id"),
					InvoiceType.valueOf(row.getString("type")), row.getString("contact_id"),
					row.getString("contact_name"), row.getObject("issue_date", LocalDate.class),
					row.getObject("due_date", LocalDate.class), row.getString("payment_id"),
					row.getObject("paid_on", LocalDate.class), row.getBigDecimal("amount"), row.getString("currency")))
			.list();
	}

	private static Invoice invoice(ResultSet row, int number) throws SQLException {
		return new Invoice(row.getString("tenant_id"), row.getString("source"), row.getString("invoice_id"),
				InvoiceType.valueOf(row.getString("type")), row.getString("invoice_number"), row.getString("reference"),
				row.getString("contact_id"), row.getString("contact_name"),
				row.getObject("issue_date", LocalDate.class), row.getObject("due_date", LocalDate.class),
				row.getString("status"), row.getString("currency"), row.getBigDecimal("sub_total"),
				row.getBigDecimal("total_tax"), row.getBigDecimal("total"), row.getBigDecimal("amount_paid"),
				row.getBigDecimal("amount_credited"), row.getBigDecimal("amount_due"),
				row.getObject("fully_paid_on", LocalDate.class),
				row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
