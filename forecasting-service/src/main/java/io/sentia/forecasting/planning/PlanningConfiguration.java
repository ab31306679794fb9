package io.sentia.forecasting.planning;

import java.time.Clock;

import io.sentia.forecasting.runs.RunFollowUp;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.outbox.OutboxPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
	PurchaseOrderListener purchaseOrderListener(PurchaseOrderRepository repository, EventConsumer events) {
		return new PurchaseOrderListener(repository, events);
	}

	@Bean
	PlanningRepository planningRepository(JdbcClient jdbc) {
		return new PlanningRepository(jdbc);
	}

	@Bean
	SuggestionService suggestionService(InventoryPlanner planner, PlanningRepository planning, JdbcClient jdbc,
			OutboxPublisher outbox, PlatformTransactionManager transactionManager, PlanningProperties properties,
			JsonMapper jsonMapper) {
		return new SuggestionService(planner, planning, new SuggestionRepository(jdbc, jsonMapper), outbox,
				new TransactionTemplate(transactionManager), properties, jsonMapper, Clock.systemUTC());
	}

	/**
	 * Suggestions and alerts follow every run, inside a savepoint of the run's
	 * transaction: a failure there is logged and rolled back alone, and the forecasts
	 * still land.
	 */
	@Bean
	RunFollowUp suggestionsAfterRun(SuggestionService suggestions, PlatformTransactionManager transactionManager) {
		TransactionTemplate savepoint = new TransactionTemplate(transactionManager);
		savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		Logger log = LoggerFactory.getLogger(SuggestionService.class);
		return (tenantId, runId) -> {
			try {
				savepoint.executeWithoutResult((status) -> suggestions.afterRun(tenantId, runId));
			}
			catch (RuntimeException ex) {
				log.error("Suggestions and alerts of run {} of tenant {} failed; its forecasts are kept", runId,
						tenantId, ex);
			}
		};
	}

	/** Only where the demo tenant lives: devstack runs the services with this profile. */
	@Bean
	@Profile(DemoPlanningSettings.PROFILE)
	DemoPlanningSettings demoPlanningSettings(JdbcClient jdbc) {
		return new DemoPlanningSettings(jdbc);
	}

	@Bean
	InventoryPlanner inventoryPlanner(PlanningRepository planning, PurchaseOrderRepository purchases,
			PlanningProperties properties) {
		return new InventoryPlanner(planning, purchases, properties, Clock.systemUTC());
	}

}
