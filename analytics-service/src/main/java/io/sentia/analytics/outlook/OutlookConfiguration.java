package io.sentia.analytics.outlook;

import java.time.Clock;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.catalog.ProductRepository;
import io.sentia.analytics.finance.BankTransactionRepository;
import io.sentia.analytics.finance.InvoiceRepository;
import io.sentia.analytics.forecasts.ForecastRepository;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.outlook.settings.CashSettingsRepository;
import io.sentia.analytics.purchasing.PurchaseOrderRepository;
import io.sentia.analytics.recommendations.SuggestedPurchaseRepository;
import io.sentia.analytics.tenants.TenantDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the cash outlook onto the read models.
 */
@Configuration(proxyBeanMethods = false)
class OutlookConfiguration {

	@Bean
	OutlookInputs outlookInputs(BankTransactionRepository bankTransactions, InvoiceRepository invoices,
			PurchaseOrderRepository purchaseOrders, ForecastRepository forecasts, ProductRepository products,
			SuggestedPurchaseRepository suggestions, CashSettingsRepository settings, FxConverter fx) {
		return new OutlookInputs(bankTransactions, invoices, purchaseOrders, forecasts, products, suggestions, settings,
				fx);
	}

	@Bean
	DataFingerprint outlookDataFingerprint(JdbcClient jdbc) {
		return new DataFingerprint(jdbc);
	}

	@Bean
	CashOutlooks cashOutlooks(OutlookInputs inputs, TenantDirectory tenants, AnswerCache cache,
			ObjectProvider<Clock> clock) {
		return new CashOutlooks(inputs, tenants, cache, clock.getIfAvailable(Clock::systemUTC));
	}

}
