package io.sentia.analytics.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.CashDirection;
import org.jspecify.annotations.Nullable;

/**
 * A spend or receive money transaction on a bank account.
 *
 * @param tenantId owning tenant
 * @param source connector that read it
 * @param transactionId the accounting system's id
 * @param bankAccountId the account's id
 * @param bankAccountName the account's name
 * @param direction {@code IN} received, {@code OUT} spent
 * @param type the source's type, e.g. {@code RECEIVE}, {@code SPEND}
 * @param contactId counterparty, or {@code null}
 * @param contactName counterparty's name, or {@code null}
 * @param transactionDate date of the transaction
 * @param amount total including tax, never negative
 * @param currency ISO-4217 currency
 * @param reference free-text reference, or {@code null}
 * @param status {@code authorised} | {@code deleted}
 * @param reconciled whether matched to a bank statement line
 * @param updatedAt the source's change time of this state
 */
public record BankTransaction(String tenantId, String source, String transactionId, String bankAccountId,
		String bankAccountName, CashDirection direction, String type, @Nullable String contactId,
		@Nullable String contactName, LocalDate transactionDate, BigDecimal amount, String currency,
		@Nullable String reference, String status, boolean reconciled, Instant updatedAt) {

	static BankTransaction of(BankTransactionRecorded transaction) {
		return new BankTransaction(transaction.tenantId(), transaction.source(), transaction.transactionId(),
				transaction.bankAccount().accountId(), transaction.bankAccount().name(), transaction.direction(),
				transaction.type(), (transaction.contact() != null) ? transaction.contact().contactId() : null,
				(transaction.contact() != null) ? transaction.contact().name() : null, transaction.transactionDate(),
				transaction.amount().amount(), transaction.amount().currency(), transaction.reference(),
				transaction.status(), transaction.reconciled(), transaction.updatedAt());
	}

	/** The amount with its sign: positive received, negative spent. */
	public BigDecimal signedAmount() {
		return (this.direction == CashDirection.IN) ? this.amount : this.amount.negate();
	}

}
