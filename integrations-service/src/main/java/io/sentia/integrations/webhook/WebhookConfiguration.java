package io.sentia.integrations.webhook;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.integrations.connector.WebhookHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The webhook inbox and its dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

	@Bean
	WebhookDeliveries webhookDeliveries(JdbcClient jdbc) {
		return new WebhookDeliveries(jdbc);
	}

	@Bean
	WebhookDispatcher webhookDispatcher(WebhookDeliveries deliveries, ObjectProvider<WebhookHandler> handlers,
			WebhookProperties properties, PlatformTransactionManager transactions, MeterRegistry meters) {
		return new WebhookDispatcher(deliveries, new WebhookHandlers(handlers), properties, transactions, meters,
				Clock.systemUTC());
	}

	@Bean
	QueuedWebhookInbox webhookInbox(WebhookDeliveries deliveries, WebhookDispatcher dispatcher,
			PlatformTransactionManager transactions) {
		return new QueuedWebhookInbox(deliveries, dispatcher, transactions);
	}

}
