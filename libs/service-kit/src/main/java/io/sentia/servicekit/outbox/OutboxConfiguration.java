package io.sentia.servicekit.outbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.servicekit.observability.TraceHeaders;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: publisher, relay and meters. Scheduling is switched on here so every
 * service has Boot's one {@code taskScheduler}, on which the relay and the services' own
 * periodic work run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class OutboxConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OutboxPublisher outboxPublisher(DataSource dataSource, JsonMapper jsonMapper, TraceHeaders traceHeaders,
			Environment environment) {
		String source = environment.getProperty("spring.application.name");
		if (source == null || source.isBlank()) {
			throw new IllegalStateException("The outbox needs spring.application.name: it is every event's ce_source");
		}
		return new OutboxPublisher(JdbcClient.create(dataSource), jsonMapper, traceHeaders, source, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	OutboxMetrics outboxMetrics(MeterRegistry registry) {
		return new OutboxMetrics(registry, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "sentia.outbox.relay-enabled", matchIfMissing = true)
	OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactionManager,
			ProducerFactory<?, ?> producerFactory, JsonMapper jsonMapper, OutboxProperties properties,
			OutboxMetrics metrics, TaskScheduler taskScheduler) {
		return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager),
				relayProducerFactory(producerFactory), jsonMapper, properties, metrics, Clock.systemUTC(),
				taskScheduler);
	}

	/**
	 * A producer of the relay's own, configured like the service's (same servers, acks,
	 * idempotence, timeouts) but with String serializers and without observation: records
	 * carry the trace context stored with the row, not the relay thread's.
	 * @param producerFactory the service's producer factory
	 * @return the relay's producer factory
	 */
	static ProducerFactory<String, String> relayProducerFactory(ProducerFactory<?, ?> producerFactory) {
		Map<String, Object> config = new HashMap<>(producerFactory.getConfigurationProperties());
		Object clientId = config.get(ProducerConfig.CLIENT_ID_CONFIG);
		if (clientId != null) {
			config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-outbox");
		}
		return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer());
	}

}
