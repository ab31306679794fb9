package io.sentia.servicekit.kafka;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sentia.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics every service makes sure exist: the whole event catalogue, each with its
 * dead-letter topic. Creating them in every service is idempotent and means no service
 * depends on another having started first.
 */
final class EventTopics {

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
				.build())
			.toArray(NewTopic[]::new);
	}

}
