package io.sentia.forecasting.planning;

import io.sentia.servicekit.kafka.ProcessedEvents;
import io.sentia.servicekit.kafka.TransactionalBatch;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires inventory planning: its read model of purchase orders and the plans computed from
 * the newest forecast.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanningProperties.class)
class PlanningConfiguration {

	@Bean
	PurchaseOrderRepository purchaseOrderRepository(JdbcClient jdbc) {
		return new PurchaseOrderRepository(jdbc);
	}

	@Bean
	PurchaseOrderListener purchaseOrderListener(PurchaseOrderRepository repository, ProcessedEvents processedEvents,
			TransactionalBatch batch, JsonMapper jsonMapper) {
		return new PurchaseOrderListener(repository, processedEvents, batch, jsonMapper);
	}

	@Bean
	PlanningRepository planningRepository(JdbcClient jdbc) {
		return new PlanningRepository(jdbc);
	}

	@Bean
	InventoryPlanner inventoryPlanner(PlanningRepository planning, PurchaseOrderRepository purchases,
			PlanningProperties properties) {
		return new InventoryPlanner(planning, purchases, properties);
	}

}
