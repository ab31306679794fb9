package io.sentia.analytics.finance;

import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.PaymentRecorded;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the finance read models up to date, one listener per topic, a batch at a time
 * through the kit's {@link EventConsumer}: idempotent, newer state wins, poison to
 * {@code <topic>.dlt}. Nothing waits for anything else: an event for a tenant not known
 * yet, or a payment before its invoice, is stored as received.
 */
class FinanceListeners {

	/** Consumer name of {@code finance.invoices.v1}; stable across releases. */
	static final String INVOICES = "analytics.invoices";

	/** Consumer name of {@code finance.payments.v1}; stable across releases. */
	static final String PAYMENTS = "analytics.payments";

	/** Consumer name of {@code finance.bank-transactions.v1}; stable across releases. */
	static final String BANK_TRANSACTIONS = "analytics.bank-transactions";

	private final InvoiceRepository invoices;

	private final PaymentRepository payments;

	private final BankTransactionRepository bankTransactions;

	private final EventConsumer events;

	private final AnswerCache cache;

	FinanceListeners(InvoiceRepository invoices, PaymentRepository payments, BankTransactionRepository bankTransactions,
			EventConsumer events, AnswerCache cache) {
		this.invoices = invoices;
		this.payments = payments;
		this.bankTransactions = bankTransactions;
		this.events = events;
		this.cache = cache;
	}

	@KafkaListener(id = INVOICES, topics = Topics.FINANCE_INVOICES,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.invoices.consumers:1}")
	void onInvoices(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.onBatch(INVOICES, records, acknowledgment, InvoiceUpserted.class, (invoices) -> {
			this.invoices.upsertAll(invoices.stream().map(Invoice::of).toList());
			invoices.forEach((event) -> changed(event.tenantId()));
		});
	}

	@KafkaListener(id = PAYMENTS, topics = Topics.FINANCE_PAYMENTS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.payments.consumers:1}")
	void onPayments(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.onBatch(PAYMENTS, records, acknowledgment, PaymentRecorded.class, (payments) -> {
			this.payments.upsertAll(payments.stream().map(Payment::of).toList());
			payments.forEach((event) -> changed(event.tenantId()));
		});
	}

	@KafkaListener(id = BANK_TRANSACTIONS, topics = Topics.FINANCE_BANK_TRANSACTIONS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
			concurrency = "${sentia.analytics.bank-transactions.consumers:1}")
	void onBankTransactions(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.onBatch(BANK_TRANSACTIONS, records, acknowledgment, BankTransactionRecorded.class,
				(transactions) -> {
					this.bankTransactions.upsertAll(transactions.stream().map(BankTransaction::of).toList());
					transactions.forEach((event) -> changed(event.tenantId()));
				});
	}

	/**
	 * Drops the cached answers that read the tenant's books, once the batch commits (the
	 * cache bumps each tenant once per transaction).
	 */
	private void changed(String tenantId) {
		this.cache.invalidate(tenantId, CacheArea.LEDGER);
	}

}
