package io.sentia.forecasting.planning;

import io.sentia.servicekit.kafka.ProcessedEvents;
import io.sentia.servicekit.kafka.TransactionalBatch;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires inventory planning's read model of purchase orders.
 */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

	@Bean
	PurchaseOrderRepository purchaseOrderRepository(JdbcClient jdbc) {
		return new PurchaseOrderRepository(jdbc);
	}

	@Bean
	PurchaseOrderListener purchaseOrderListener(PurchaseOrderRepository repository, ProcessedEvents processedEvents,
			PlatformTransactionManager transactionManager, JsonMapper jsonMapper) {
		return new PurchaseOrderListener(repository, processedEvents,
				new TransactionalBatch(new TransactionTemplate(transactionManager)), jsonMapper);
	}

}
