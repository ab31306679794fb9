package io.sentia.analytics.capital;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.capital.history.InventoryHistoryRepository;
import io.sentia.analytics.catalog.ProductRepository;
import io.sentia.analytics.finance.BankTransactionRepository;
import io.sentia.analytics.finance.InvoiceRepository;
import io.sentia.analytics.forecasts.ForecastRepository;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.inventory.InventoryLevelRepository;
import io.sentia.analytics.purchasing.PurchaseOrderRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the working-capital reports to the read models.
 */
@Configuration(proxyBeanMethods = false)
class CapitalConfiguration {

	@Bean
	LedgerQueries ledgerQueries(NamedParameterJdbcTemplate jdbc) {
		return new LedgerQueries(JdbcClient.create(jdbc));
	}

	@Bean
	AgeingReports ageingReports(InvoiceRepository invoices, LedgerQueries ledger, FxConverter fx, AnswerCache cache) {
		return new AgeingReports(invoices, ledger, fx, cache);
	}

	@Bean
	PaymentBehaviourReports paymentBehaviourReports(InvoiceRepository invoices, FxConverter fx, AnswerCache cache) {
		return new PaymentBehaviourReports(invoices, fx, cache);
	}

	@Bean
	WorkingCapitalReports workingCapitalReports(LedgerQueries ledger, InventoryHistoryRepository inventoryHistory,
			ProductRepository products, BankTransactionRepository bankTransactions,
			PurchaseOrderRepository purchaseOrders, FxConverter fx, AnswerCache cache) {
		return new WorkingCapitalReports(ledger, inventoryHistory, products, bankTransactions, purchaseOrders, fx,
				cache);
	}

	@Bean
	InventoryReports inventoryReports(InventoryLevelRepository levels, ProductRepository products,
			ForecastRepository forecasts, LedgerQueries ledger, FxConverter fx, AnswerCache cache) {
		return new InventoryReports(levels, products, forecasts, ledger, fx, cache);
	}

}
