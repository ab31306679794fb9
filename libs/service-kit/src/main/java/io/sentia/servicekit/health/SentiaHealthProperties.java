package io.sentia.servicekit.health;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Health settings.
 *
 * @param readinessInclude health contributors the readiness probe needs beyond
 * {@code readinessState}, {@code db} and {@code kafka}, e.g. {@code redis}
 * @param kafkaTimeout how long the Kafka check may take
 * @param kafkaCacheFor how long a Kafka check's answer is reused
 */
@Validated
@ConfigurationProperties("sentia.health")
public record SentiaHealthProperties(@DefaultValue List<String> readinessInclude,
		@DefaultValue("2s") @NotNull Duration kafkaTimeout, @DefaultValue("5s") @NotNull Duration kafkaCacheFor) {

}
