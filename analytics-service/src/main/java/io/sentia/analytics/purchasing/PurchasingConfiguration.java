package io.sentia.analytics.purchasing;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the purchase orders read model and the listener that feeds it.
 */
@Configuration(proxyBeanMethods = false)
class PurchasingConfiguration {

	@Bean
	PurchaseOrderRepository purchaseOrderRepository(JdbcClient jdbc) {
		return new PurchaseOrderRepository(jdbc);
	}

	@Bean
	PurchaseOrderListener purchaseOrderListener(PurchaseOrderRepository repository, EventConsumer events,
			AnswerCache cache) {
		return new PurchaseOrderListener(repository, events, cache);
	}

}
