package io.sentia.events;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A spend or receive money transaction on a bank account, as the books record it.
 *
 * @param tenantId owning tenant
 * @param transactionId the accounting system's bank transaction id
 * @param source connector that read the transaction, e.g. {@code xero}
 * @param bankAccount the account the money moved through
 * @param direction {@code in} for money received, {@code out} for money spent
 * @param type the source's transaction type, e.g. {@code RECEIVE}, {@code SPEND},
 * {@code SPEND-TRANSFER}
 * @param contact the counterparty, or {@code null} if none
 * @param transactionDate the date of the transaction
 * @param amount total including tax, never negative; {@code direction} gives the sign
 * @param reference free-text reference, or {@code null}
 * @param status {@code authorised} | {@code deleted}
 * @param reconciled whether the transaction is matched to a bank statement line
 * @param updatedAt when the source last changed the transaction
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BankTransactionRecorded(String tenantId, String transactionId, String source, BankAccount bankAccount,
		CashDirection direction, String type, Contact contact, LocalDate transactionDate, Money amount,
		String reference, String status, boolean reconciled, Instant updatedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.finance.bank-transaction.recorded.v1";

	public BankTransactionRecorded {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(transactionId, "transactionId");
		Invariants.requiredText(source, "source");
		Invariants.required(bankAccount, "bankAccount");
		Invariants.required(direction, "direction");
		Invariants.requiredText(type, "type");
		Invariants.required(transactionDate, "transactionDate");
		Invariants.notNegative(Invariants.required(amount, "amount"), "amount");
		Invariants.requiredText(status, "status");
		Invariants.required(updatedAt, "updatedAt");
	}

	@Override
	public String entityId() {
		return this.source + ":" + this.transactionId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.FINANCE_BANK_TRANSACTIONS;
	}

	/**
	 * A bank account in the books.
	 *
	 * @param accountId the accounting system's account id
	 * @param code the account code in the chart of accounts, or {@code null}
	 * @param name display name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record BankAccount(String accountId, String code, String name) {

		public BankAccount {
			Invariants.requiredText(accountId, "bankAccount.accountId");
			Invariants.requiredText(name, "bankAccount.name");
		}

	}

}
