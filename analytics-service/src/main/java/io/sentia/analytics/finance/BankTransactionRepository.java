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
 * The {@code bank_transaction} read model; every query filters by tenant.
 */
public class BankTransactionRepository {

	private final NamedParameterJdbcOperations namedJdbc;

	private final JdbcClient jdbc;

	BankTransactionRepository(NamedParameterJdbcOperations namedJdbc) {
		this.namedJdbc = namedJdbc;
		this.jdbc = JdbcClient.create(namedJdbc);
	}

	/**
	 * Stores each transaction unless a state at least as new is stored, in list order.
	 */
	void upsertAll(List<BankTransaction> transactions) {
		this.namedJdbc.batchUpdate("""
				INSERT INTO bank_transaction (tenant_id, source, transaction_id, bank_account_id, bank_account_name,
				                              direction, type, contact_id, contact_name, transaction_date, amount,
				                              currency, reference, status, reconciled, updated_at)
				VALUES (:tenant, :source, :transactionId, :bankAccountId, :bankAccountName, :direction, :type,
				        :contactId, :contactName, :transactionDate, :amount, :currency, :reference, :status,
				        :reconciled, :updatedAt)
				ON CONFLICT (tenant_id, source, transaction_id) DO UPDATE SET
				    bank_account_id = EXCLUDED.bank_account_id, bank_account_name = EXCLUDED.bank_account_name,
				    direction = EXCLUDED.direction, type = EXCLUDED.type, contact_id = EXCLUDED.contact_id,
				    contact_name = EXCLUDED.contact_name, transaction_date = EXCLUDED.transaction_date,
				    amount = EXCLUDED.amount, currency = EXCLUDED.currency, reference = EXCLUDED.reference,
				    status = EXCLUDED.status, reconciled = EXCLUDED.reconciled, updated_at = EXCLUDED.updated_at
				WHERE bank_transaction.updated_at < EXCLUDED.updated_at
				""",
				transactions.stream().map(BankTransactionRepository::parameters).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource parameters(BankTransaction transaction) {
		return new MapSqlParameterSource().addValue("tenant", transaction.tenantId())
			.addValue("source", transaction.source())
			.addValue("transactionId", transaction.transactionId())
			.addValue("bankAccountId", transaction.bankAccountId())
			.addValue("bankAccountName", transaction.bankAccountName())
			.addValue("direction", transaction.direction().name().toLowerCase(Locale.ROOT))
			.addValue("type", transaction.type())
			.addValue("contactId", transaction.contactId())
			.addValue("contactName", transaction.contactName())
			.addValue("transactionDate", transaction.transactionDate())
			.addValue("amount", transaction.amount())
			.addValue("currency", transaction.currency())
			.addValue("reference", transaction.reference())
			.addValue("status", transaction.status())
			.addValue("reconciled", transaction.reconciled())
			.addValue("updatedAt", transaction.updatedAt().atOffset(ZoneOffset.UTC));
	}

	/**
	 * Transactions of any status dated in a range.
	 * @param tenantId the tenant
	 * @param from first transaction date, inclusive
	 * @param to last transaction date, inclusive
	 * @return the transactions, by date then id
	 */
	public List<BankTransaction> transactions(String tenantId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT * FROM bank_transaction
				WHERE tenant_id = :tenant AND transaction_date BETWEEN :from AND :to
				ORDER BY transaction_date, source, transaction_id
				""")
			.param("tenant", tenantId)
			.param("from", from)
			.param("to", to)
			.query(BankTransactionRepository::transaction)
			.list();
	}

	/**
	 * Money received and spent per currency over the authorised transactions dated up to
	 * and including a day: the cash the books show, net of everything before.
	 * @param tenantId the tenant
	 * @param through last transaction date, inclusive
	 * @return one movement per currency, by currency
	 */
	public List<CashMovement> cashMovement(String tenantId, LocalDate through) {
		return this.jdbc.sql("""
				SELECT currency,
				       coalesce(sum(amount) FILTER (WHERE direction = 'in'), 0) AS received,
				       coalesce(sum(amount) FILTER (WHERE direction = 'out'), 0) AS spent,
				       count(*) AS transactions
				FROM bank_transaction
				WHERE tenant_id = :tenant AND status = 'authorised' AND transaction_date <= :through
				GROUP BY currency
				ORDER BY currency
				""")
			.param("tenant", tenantId)
			.param("through", through)
			.query((row, number) -> new CashMovement(row.getString("currency"), row.getBigDecimal("received"),
					row.getBigDecimal("spent"), row.getLong("transactions")))
			.list();
	}

	private static BankTransaction transaction(ResultSet row, int number) throws SQLException {
		return new BankTransaction(row.getString("tenant_id"), row.getString("source"), row.getString("transaction_id"),
				row.getString("bank_account_id"), row.getString("bank_account_name"),
				CashDirection.valueOf(row.getString("direction").toUpperCase(Locale.ROOT)), row.getString("type"),
				row.getString("contact_id"), row.getString("contact_name"),
				row.getObject("transaction_date", LocalDate.class), row.getBigDecimal("amount"),
				row.getString("currency"), row.getString("reference"), row.getString("status"),
				row.getBoolean("reconciled"), row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
