package io.sentia.servicekit.kafka;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Kafka settings of the kit ({@code spring.kafka.*} stays Boot's).
 *
 * @param partitions partitions of each topic the kit creates (dev: 3)
 * @param replicas replication factor of each topic the kit creates (dev: 1)
 * @param additionalTopics topics to create besides the event catalogue; each also gets
 * its {@code .dlt}
 * @param retry how a failing record is retried before it goes to {@code <topic>.dlt}
 * @param batch how batch listeners poll
 * @param security how every Kafka client of the service authenticates and encrypts
 */
@Validated
@ConfigurationProperties("sentia.kafka")
public record SentiaKafkaProperties(@DefaultValue("3") @Min(1) int partitions,
		@DefaultValue("1") @Min(1) short replicas, @DefaultValue List<String> additionalTopics,
		@DefaultValue @Valid @NotNull Retry retry, @DefaultValue @Valid @NotNull Batch batch,
		@DefaultValue @NotNull KafkaClientSecurity security) {

	public SentiaKafkaProperties {
		security = (security != null) ? security : KafkaClientSecurity.plaintext();
	}

	/**
	 * Exponential back-off between attempts of one record.
	 *
	 * @param initialInterval wait before the first retry
	 * @param multiplier growth of the wait per retry
	 * @param maxInterval longest wait
	 * @param maxRetries retries after the first attempt, before dead-lettering
	 */
	public record Retry(@DefaultValue("1s") @NotNull Duration initialInterval,
			@DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
			@DefaultValue("30s") @NotNull Duration maxInterval, @DefaultValue("5") @Min(0) int maxRetries) {

	}

	/**
	 * Polling of the containers of
	 * {@link KafkaConfiguration#BATCH_LISTENER_CONTAINER_FACTORY}; record listeners keep
	 * Boot's {@code spring.kafka.consumer.*}.
	 *
	 * @param maxPollRecords most records one poll, and so one listener call, hands over
	 */
	public record Batch(@DefaultValue("500") @Min(1) int maxPollRecords) {

	}

}
