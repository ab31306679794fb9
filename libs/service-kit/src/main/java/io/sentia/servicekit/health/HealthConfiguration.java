package io.sentia.servicekit.health;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Health indicators; the readiness group itself is a default set in
 * {@link io.sentia.servicekit.config.ServiceDefaultsEnvironmentPostProcessor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SentiaHealthProperties.class)
public class HealthConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "kafkaHealthIndicator")
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, SentiaHealthProperties properties) {
		return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), properties.kafkaTimeout(),
				properties.kafkaCacheFor(), Clock.systemUTC());
	}

}
