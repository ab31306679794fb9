package io.sentia.servicekit.kafka;

import javax.sql.DataSource;

import io.sentia.events.Topics;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.core.JacksonException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * How services consume: one listener container factory with manual acknowledgement,
 * exponential back-off and then {@code <topic>.dlt}; the catalogue's topics;
 * processed-event bookkeeping.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SentiaKafkaProperties.class)
public class KafkaConfiguration {

	/**
	 * Name of the kit's listener container factory, the default for
	 * {@code @KafkaListener}.
	 */
	public static final String LISTENER_CONTAINER_FACTORY = "kafkaListenerContainerFactory";

	@Bean
	@ConditionalOnMissingBean
	ProcessedEvents processedEvents(DataSource dataSource) {
		return new ProcessedEvents(JdbcClient.create(dataSource));
	}

	/**
	 * Retries a failing record with exponential back-off, then publishes it to
	 * {@code <topic>.dlt} with Spring Kafka's {@code kafka_dlt-original-topic},
	 * {@code -original-partition}, {@code -original-offset} and {@code -exception-*}
	 * headers, and commits past it so the next record is consumed. Malformed records are
	 * not retried.
	 * @param template template publishing dead letters
	 * @param properties retry settings
	 * @return the error handler
	 */
	@Bean
	@ConditionalOnMissingBean
	DefaultErrorHandler kafkaDeadLetterErrorHandler(KafkaOperations<?, ?> template, SentiaKafkaProperties properties) {
		// Partition -1: let the producer choose, so a .dlt needs no more partitions than
		// its topic.
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		SentiaKafkaProperties.Retry retry = properties.retry();
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
		backOff.setInitialInterval(retry.initialInterval().toMillis());
		backOff.setMultiplier(retry.multiplier());
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(JacksonException.class, MalformedEventException.class);
		// With MANUAL_IMMEDIATE this commits the dead-lettered record's offset at once.
		handler.setCommitRecovered(true);
		return handler;
	}

	/**
	 * The factory every {@code @KafkaListener} uses unless it names another. Boot's
	 * {@code spring.kafka.listener.*} properties still apply; the acknowledgement mode is
	 * fixed: a listener calls {@code Acknowledgment.acknowledge()} after its database
	 * transaction has committed, and the offset is committed right then.
	 * @param configurer Boot's configurer
	 * @param consumerFactory Boot's consumer factory
	 * @param errorHandler the dead-letter error handler
	 * @return the factory
	 */
	@Bean(LISTENER_CONTAINER_FACTORY)
	@ConditionalOnMissingBean(name = LISTENER_CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
			ConsumerFactory<Object, Object> consumerFactory, DefaultErrorHandler errorHandler) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumerFactory);
		factory.getContainerProperties().setAckMode(AckMode.MANUAL_IMMEDIATE);
		factory.setCommonErrorHandler(errorHandler);
		return factory;
	}

	@Bean
	KafkaAdmin.NewTopics sentiaEventTopics(SentiaKafkaProperties properties) {
		return new KafkaAdmin.NewTopics(EventTopics.newTopics(properties));
	}

}
