package io.sentia.analytics.finance;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Wires the finance read models and the listeners that feed them.
 */
@Configuration(proxyBeanMethods = false)
class FinanceConfiguration {

	@Bean
	InvoiceRepository invoiceRepository(NamedParameterJdbcTemplate jdbc) {
		return new InvoiceRepository(jdbc);
	}

	@Bean
	PaymentRepository paymentRepository(NamedParameterJdbcTemplate jdbc) {
		return new PaymentRepository(jdbc);
	}

	@Bean
	BankTransactionRepository bankTransactionRepository(NamedParameterJdbcTemplate jdbc) {
		return new BankTransactionRepository(jdbc);
	}

	@Bean
	FinanceListeners financeListeners(InvoiceRepository invoices, PaymentRepository payments,
			BankTransactionRepository bankTransactions, EventConsumer events, AnswerCache cache) {
		return new FinanceListeners(invoices, payments, bankTransactions, events, cache);
	}

}
