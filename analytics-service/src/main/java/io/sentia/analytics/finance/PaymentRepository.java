package io.sentia.analytics.finance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import io.sentia.events.CashDirection;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code payment} read model: payments keyed by themselves, whether or not their
 * invoice is known yet; every query filters by tenant.
 */
public class PaymentRepository {

	private final NamedParameterJdbcOperations namedJdbc;

	private final JdbcClient jdbc;

	PaymentRepository(NamedParameterJdbcOperations namedJdbc) {
		this.namedJdbc = namedJdbc;
		this.jdbc = JdbcClient.create(namedJdbc);
	}

	/** Stores each payment unless a state at least as new is stored, in list order. */
	void upsertAll(List<Payment> payments) {
		this.namedJdbc.batchUpdate("""
				INSERT INTO payment (tenant_id, source, payment_id, direction, invoice_id, invoice_number, contact_id,
				                     contact_name, paid_on, amount, currency, bank_account_id, reference, status,
				                     reconciled, updated_at)
				VALUES (:tenant, :source, :paymentId, :direction, :invoiceId, :invoiceNumber, :contactId, :contactName,
				        :paidOn, :amount, :currency, :bankAccountId, :reference, :status, :reconciled, :updatedAt)
				ON CONFLICT (tenant_id, source, payment_id) DO UPDATE SET
				    direction = EXCLUDED.direction, invoice_id = EXCLUDED.invoice_id,
				    invoice_number = EXCLUDED.invoice_number, contact_id = EXCLUDED.contact_id,
				    contact_name = EXCLUDED.contact_name, paid_on = EXCLUDED.paid_on, amount = EXCLUDED.amount,
				    currency = EXCLUDED.currency, bank_account_id = EXCLUDED.bank_account_id,
				    reference = EXCLUDED.reference, status = EXCLUDED.status, reconciled = EXCLUDED.reconciled,
				    updated_at = EXCLUDED.updated_at
				WHERE payment.updated_at < EXCLUDED.updated_at
				""", payments.stream().map(PaymentRepository::parameters).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource parameters(Payment payment) {
		return new MapSqlParameterSource().addValue("tenant", payment.tenantId())
			.addValue("source", payment.source())
			.addValue("paymentId", payment.paymentId())
			.addValue("direction", payment.direction().name().toLowerCase(Locale.ROOT))
			.addValue("invoiceId", payment.invoiceId())
			.addValue("invoiceNumber", payment.invoiceNumber())
			.addValue("contactId", payment.contactId())
			.addValue("contactName", payment.contactName())
			.addValue("paidOn", payment.paidOn())
			.addValue("amount", payment.amount())
			.addValue("currency", payment.currency())
			.addValue("bankAccountId", payment.bankAccountId())
			.addValue("reference", payment.reference())
			.addValue("status", payment.status())
			.addValue("reconciled", payment.reconciled())
			.addValue("updatedAt", payment.updatedAt().atOffset(ZoneOffset.UTC));
	}

	/**
	 * Authorised payments in one direction paid in a range, allocated or not.
	 * @param tenantId the tenant
	 * @param direction {@code IN} from customers, {@code OUT} to suppliers
	 * @param from first payment date, inclusive
	 * @param to last payment date, inclusive
	 * @return the payments, by payment date then id
	 */
	public List<Payment> payments(String tenantId, CashDirection direction, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT * FROM payment
				WHERE tenant_id = :tenant AND direction = :direction AND status = 'authorised'
				  AND paid_on BETWEEN :from AND :to
				ORDER BY paid_on, source, payment_id
				""")
			.param("tenant", tenantId)
			.param("direction", direction.name().toLowerCase(Locale.ROOT))
			.param("from", from)
			.param("to", to)
			.query(PaymentRepository::payment)
			.list();
	}

	/**
	 * Authorised payments that name an invoice not (yet) in the read model: they wait for
	 * it and join it at read time once it arrives.
	 * @param tenantId the tenant
	 * @return the waiting payments, by payment date then id
	 */
	public List<Payment> paymentsWithoutInvoice(String tenantId) {
		return this.jdbc
			.sql("""
					SELECT p.* FROM payment p
					WHERE p.tenant_id = :tenant AND p.invoice_id IS NOT NULL AND p.status = 'authorised'
					  AND NOT EXISTS (SELECT 1 FROM invoice i
					                  WHERE i.tenant_id = p.tenant_id AND i.source = p.source AND i.invoice_id = p.invoice_id)
					ORDER BY p.paid_on, p.source, p.payment_id
					""")
			.param("tenant", tenantId)
			.query(PaymentRepository::payment)
			.list();
	}

	private static Payment payment(ResultSet row, int number) throws SQLException {
		return new Payment(row.getString("tenant_id"), row.getString("source"), row.getString("payment_id"),
				CashDirection.valueOf(row.getString("direction").toUpperCase(Locale.ROOT)), row.getString("invoice_id"),
				row.getString("invoice_number"), row.getString("contact_id"), row.getString("contact_name"),
				row.getObject("paid_on", LocalDate.class), row.getBigDecimal("amount"), row.getString("currency"),
				row.getString("bank_account_id"), row.getString("reference"), row.getString("status"),
				row.getBoolean("reconciled"), row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
