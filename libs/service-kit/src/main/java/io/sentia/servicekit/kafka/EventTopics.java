package io.sentia.servicekit.kafka;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sentia.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics every service makes sure exist: the whole event catalogue, each with its
 * dead-letter topic. Creating them in every service is idempotent and means no service
 * depends on another having started first.
 */
final class EventTopics {

	/**
	 * How long topics whose records carry secrets keep them: account mail holds
	 * single-use links, which must not outlive their use on the broker's disks. A day is
	 * enough for notifications to deliver them (a reset link lives 30 minutes, an
	 * invitation 72 hours, and a consumer more than a day behind has bigger problems).
	 */
	static final Duration SECRET_RETENTION = Duration.ofDays(1);

	private static final Map<String, Map<String, String>> TOPIC_CONFIGS = Map.of(Topics.AUTH_ACCOUNT_MAIL,
			Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(SECRET_RETENTION.toMillis())));

	private EventTopics() {
	}

	/**
	 * Returns the catalogue's topic names, read from the constants of {@link Topics} so a
	 * topic added there is created without touching the kit.
	 * @return topic names in declaration order
	 */
	static List<String> catalogue() {
		List<String> names = new ArrayList<>();
		for (Field field : Topics.class.getFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
				try {
					names.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException("Cannot read topic constant " + field.getName(), ex);
				}
			}
		}
		return names;
	}

	static NewTopic[] newTopics(SentiaKafkaProperties properties) {
		Set<String> topics = new LinkedHashSet<>(catalogue());
		topics.addAll(properties.additionalTopics());
		return topics.stream()
			.flatMap((topic) -> Arrays.asList(topic, Topics.deadLetter(topic)).stream())
			.map((topic) -> TopicBuilder.name(topic)
				.partitions(properties.partitions())
				.replicas(properties.replicas())
				.configs(configOf(topic))
				.build())
			.toArray(NewTopic[]::new);
	}

	/**
	 * The per-topic settings of a catalogue topic or its dead-letter topic (which holds
	 * the same records).
	 * @param topic a topic name
	 * @return its settings, empty for the broker's defaults
	 */
	static Map<String, String> configOf(String topic) {
		String base = topic.endsWith(".dlt") ? topic.substring(0, topic.length() - ".dlt".length()) : topic;
		return TOPIC_CONFIGS.getOrDefault(base, Map.of());
	}

}
