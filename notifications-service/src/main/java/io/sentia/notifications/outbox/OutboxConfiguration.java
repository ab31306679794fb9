package io.sentia.notifications.outbox;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.notifications.delivery.ChannelSender;
import io.sentia.notifications.secrets.SecretLinks;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Wires the outbox, its dispatcher, the delivery log and the delivery health.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class OutboxConfiguration {

	@Bean
	DeliveryOutbox deliveryOutbox(JdbcClient jdbc, JsonMapper json, DeliveryProperties properties,
			ObjectProvider<DeliveryDispatcher> dispatcher) {
		return new DeliveryOutbox(jdbc, json, properties, () -> dispatcher.ifAvailable(DeliveryDispatcher::wake));
	}

	@Bean
	DeliveryDispatcher deliveryDispatcher(JdbcClient jdbc, TransactionOperations transaction,
			List<ChannelSender> senders, DeliveryProperties properties, SecretLinks links, JsonMapper json,
			ApplicationEventPublisher events, TaskScheduler scheduler, Clock clock, MeterRegistry meters) {
		return new DeliveryDispatcher(jdbc, transaction, senders, properties, links, json, events, scheduler, clock,
				meters);
	}

	@Bean
	DeliveryLog deliveryLog(JdbcClient jdbc, DeliveryProperties properties) {
		return new DeliveryLog(jdbc, properties);
	}

	@Bean
	DeliveryHealthIndicator deliveriesHealthIndicator(JdbcClient jdbc) {
		return new DeliveryHealthIndicator(jdbc);
	}

}
