package io.sentia.servicekit.config;

import javax.sql.DataSource;

import io.sentia.servicekit.errors.ErrorsConfiguration;
import io.sentia.servicekit.health.HealthConfiguration;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import io.sentia.servicekit.kafka.KafkaSecurityConfiguration;
import io.sentia.servicekit.observability.ObservabilityConfiguration;
import io.sentia.servicekit.outbox.OutboxConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The one auto-configuration of the Sentia service kit: problem+json errors, health,
 * observability, Kafka consumption and the transactional outbox (security and tenancy are
 * {@code ResourceServerAutoConfiguration}, also used by web slices). Ordered before the
 * Boot auto-configurations whose beans it replaces (the error controller, the
 * problem-details handler, the listener container factory), so theirs back off, and
 * before task scheduling, which configures the {@code taskScheduler} only once the outbox
 * has switched scheduling on.
 */
@AutoConfiguration(before = { ErrorMvcAutoConfiguration.class, WebMvcAutoConfiguration.class,
		KafkaAutoConfiguration.class, TaskSchedulingAutoConfiguration.class })
@Import({ ErrorsConfiguration.class, HealthConfiguration.class, ObservabilityConfiguration.class,
		KafkaConfiguration.class, KafkaSecurityConfiguration.class, OutboxConfiguration.class })
public class ServiceKitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ServiceKitSchema serviceKitSchema(DataSource dataSource) {
		return new ServiceKitSchema(dataSource);
	}

	@Bean
	JsonDefaults sentiaJsonDefaults() {
		return new JsonDefaults();
	}

}
