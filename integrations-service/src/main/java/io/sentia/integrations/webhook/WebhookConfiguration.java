package io.sentia.integrations.webhook;

import java.time.Clock;
import java.util.concurrent.ThreadPoolExecutor;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.integrations.connector.WebhookHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/** The webhook inbox and its dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

	@Bean
	WebhookDeliveries webhookDeliveries(JdbcClient jdbc) {
		return new WebhookDeliveries(jdbc);
	}

	/**
	 * {@code workers} threads and {@code queue-capacity} waiting hand-overs; a full queue
	 * drops the hand-over, not the delivery, which the sweep finds in the table. Metered
	 * as {@code executor.*{name="webhookWorkers"}}.
	 */
	@Bean
	ThreadPoolTaskExecutor webhookWorkers(WebhookProperties properties) {
		ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
		workers.setCorePoolSize(properties.workers());
		workers.setMaxPoolSize(properties.workers());
		workers.setQueueCapacity(properties.queueCapacity());
		workers.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
		workers.setThreadNamePrefix("webhook-");
		workers.setDaemon(true);
		return workers;
	}

	@Bean
	WebhookDispatcher webhookDispatcher(WebhookDeliveries deliveries, ObjectProvider<WebhookHandler> handlers,
			WebhookProperties properties, PlatformTransactionManager transactions, MeterRegistry meters,
			ThreadPoolTaskExecutor webhookWorkers, TaskScheduler taskScheduler) {
		return new WebhookDispatcher(deliveries, new WebhookHandlers(handlers), properties, transactions, meters,
				Clock.systemUTC(), webhookWorkers, taskScheduler);
	}

	@Bean
	QueuedWebhookInbox webhookInbox(WebhookDeliveries deliveries, WebhookDispatcher dispatcher,
			PlatformTransactionManager transactions) {
		return new QueuedWebhookInbox(deliveries, dispatcher, transactions);
	}

}
