package io.sentia.servicekit.kafka;

import java.util.Properties;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.sentia.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * How services consume: listener container factories for record and batch listeners, both
 * with manual acknowledgement, exponential back-off and then {@code <topic>.dlt}; the
 * catalogue's topics; processed-event bookkeeping.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SentiaKafkaProperties.class)
public class KafkaConfiguration {

	/** The counter of dead letters published, tagged with the dead-letter topic. */
	public static final String DEAD_LETTERS = "sentia.events.dead.letters";

	/**
	 * Name of the kit's listener container factory, the default for
	 * {@code @KafkaListener}.
	 */
	public static final String LISTENER_CONTAINER_FACTORY = "kafkaListenerContainerFactory";

	/**
	 * Name of the kit's batch listener container factory; a {@code @KafkaListener} that
	 * takes a {@code List<ConsumerRecord>} names it in {@code containerFactory}.
	 */
	public static final String BATCH_LISTENER_CONTAINER_FACTORY = "batchKafkaListenerContainerFactory";

	@Bean
	@ConditionalOnMissingBean
	ProcessedEvents processedEvents(DataSource dataSource) {
		return new ProcessedEvents(JdbcClient.create(dataSource));
	}

	/**
	 * The batch listeners' way of applying a batch in one transaction; stateless, so one
	 * per service.
	 * @param transactionManager the service's (JDBC) transaction manager
	 * @return the batch applier
	 */
	@Bean
	@ConditionalOnMissingBean
	TransactionalBatch transactionalBatch(PlatformTransactionManager transactionManager, BatchSpans batchSpans) {
		return new TransactionalBatch(new TransactionTemplate(transactionManager), batchSpans);
	}

	/**
	 * The span each consumed batch runs in, a child of its first record's producer.
	 * @param tracer the tracer, if tracing is configured
	 * @param propagator the propagator, if tracing is configured
	 * @return the batch spans
	 */
	@Bean
	@ConditionalOnMissingBean
	BatchSpans batchSpans(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new BatchSpans(tracer.getIfAvailable(), propagator.getIfAvailable());
	}

	/**
	 * The typed consumer batch listeners use: reads catalogue events, skips other types,
	 * dead-letters poison, deduplicates in the handler's transaction.
	 * @param batch the batch applier
	 * @param processedEvents the processed-event marks
	 * @param jsonMapper Boot's mapper, with the kit's JSON rules
	 * @return the consumer
	 */
	@Bean
	@ConditionalOnMissingBean
	EventConsumer eventConsumer(TransactionalBatch batch, ProcessedEvents processedEvents, JsonMapper jsonMapper) {
		return new EventConsumer(batch, processedEvents, jsonMapper);
	}

	/**
	 * Retries a failing record with exponential back-off, then publishes it to
	 * {@code <topic>.dlt} with Spring Kafka's {@code kafka_dlt-original-topic},
	 * {@code -original-partition}, {@code -original-offset} and {@code -exception-*}
	 * headers, and commits past it so the next record is consumed. Malformed records are
	 * not retried. Batch listeners get the same per record when they throw a
	 * {@link BatchListenerFailedException} naming the failed record's index: the records
	 * before it are committed, retries start from it. Every dead letter published is
	 * counted as {@value #DEAD_LETTERS}{@code {topic}} (the {@code .dlt} topic), so an
	 * alert sees poison in any service.
	 * @param template template publishing dead letters
	 * @param properties retry settings
	 * @param meters the registry counting dead letters, when the service has one
	 * @return the error handler
	 */
	@Bean
	@ConditionalOnMissingBean
	DefaultErrorHandler kafkaDeadLetterErrorHandler(KafkaOperations<?, ?> template, SentiaKafkaProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		// Partition -1: let the producer choose, so a .dlt needs no more partitions than
		// its topic.
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		ConsumerRecordRecoverer recoverer = (record, ex) -> {
			deadLetters.accept(record, unwrapBatchFailure(ex));
			// Counted once published: accept throws when the dead letter could not be
			// sent.
			meters.ifAvailable((registry) -> Counter.builder(DEAD_LETTERS)
				.description("Events published to a dead-letter topic after they could not be processed")
				.tag("topic", Topics.deadLetter(record.topic()))
				.register(registry)
				.increment());
		};
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
	 * A batch listener reports a record's failure wrapped in a
	 * {@link BatchListenerFailedException}; the dead letter's exception headers name the
	 * failure itself, as a record listener's do.
	 */
	static Exception unwrapBatchFailure(Exception ex) {
		if (ex instanceof ListenerExecutionFailedException listenerFailure
				&& listenerFailure.getCause() instanceof BatchListenerFailedException batchFailure
				&& batchFailure.getCause() != null) {
			return new ListenerExecutionFailedException(listenerFailure.getMessage(), listenerFailure.getGroupId(),
					batchFailure.getCause());
		}
		return ex;
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

	/**
	 * The factory for batch listeners ({@code List<ConsumerRecord<String, String>>} plus
	 * {@code Acknowledgment}): up to {@code sentia.kafka.batch.max-poll-records} records
	 * per call, acknowledged as a whole once the listener's database transaction has
	 * committed, and the dead-letter handling of {@link #kafkaDeadLetterErrorHandler} for
	 * the record the listener reports failed. See the package documentation for the
	 * contract a batch listener keeps, or {@link TransactionalBatch} which keeps it.
	 * Spring Kafka's listener observation and timers are off for batches: the batch runs
	 * in a span of {@link BatchSpans} instead.
	 * @param configurer Boot's configurer
	 * @param consumerFactory Boot's consumer factory
	 * @param errorHandler the dead-letter error handler
	 * @param properties the batch size
	 * @return the factory
	 */
	@Bean(BATCH_LISTENER_CONTAINER_FACTORY)
	@ConditionalOnMissingBean(name = BATCH_LISTENER_CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> batchKafkaListenerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
			ConsumerFactory<Object, Object> consumerFactory, DefaultErrorHandler errorHandler,
			SentiaKafkaProperties properties) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumerFactory);
		factory.setBatchListener(true);
		factory.getContainerProperties().setAckMode(AckMode.MANUAL_IMMEDIATE);
		// For a batch, Spring Kafka 4.0 opens one empty span per record before the
		// listener runs; the timers would clash in Prometheus with the record listeners'
		// observation timers of the same name but other tags.
		factory.getContainerProperties().setObservationEnabled(false);
		factory.getContainerProperties().setMicrometerEnabled(false);
		// Per container, so record listeners keep the consumer factory's setting (the
		// factory does not pass its own consumer properties on; Boot sets no
		// customizer). A listener's own properties = "max.poll.records=..." wins.
		String maxPollRecords = Integer.toString(properties.batch().maxPollRecords());
		factory.setContainerCustomizer((container) -> {
			Properties consumerProperties = new Properties();
			consumerProperties.putAll(container.getContainerProperties().getKafkaConsumerProperties());
			consumerProperties.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
			container.getContainerProperties().setKafkaConsumerProperties(consumerProperties);
		});
		factory.setCommonErrorHandler(errorHandler);
		return factory;
	}

	@Bean
	KafkaAdmin.NewTopics sentiaEventTopics(SentiaKafkaProperties properties) {
		return new KafkaAdmin.NewTopics(EventTopics.newTopics(properties));
	}

}
