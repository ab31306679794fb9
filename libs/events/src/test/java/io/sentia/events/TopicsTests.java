package io.sentia.events;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicsTests {

	@Test
	void deadLetterTopicIsTheTopicWithDltSuffix() {
		assertThat(Topics.deadLetter(Topics.COMMERCE_ORDERS)).isEqualTo("commerce.orders.v1.dlt");
		assertThat(Topics.deadLetter(Topics.ALERTS)).isEqualTo("alerts.v1.dlt");
	}

	@Test
	void deadLetterRejectsBlankTopic() {
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetter(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetter(null));
	}

	@Test
	void everyTopicIsAVersionedLowerCaseNameAndUsedByTheCatalogue() throws IllegalAccessException {
		List<String> topics = topicConstants();

		assertThat(topics).hasSize(15)
			.doesNotHaveDuplicates()
			.allMatch((topic) -> topic.matches("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)*\\.v1"));
		assertThat(EventCatalogue.all().stream().map(EventType::topic).distinct())
			.containsExactlyInAnyOrderElementsOf(topics);
	}

	private static List<String> topicConstants() throws IllegalAccessException {
		List<Field> constants = Stream.of(Topics.class.getDeclaredFields())
			.filter((field) -> Modifier.isPublic(field.getModifiers()) && field.getType() == String.class)
			.toList();
		String[] values = new String[constants.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = (String) constants.get(i).get(null);
		}
		return List.of(values);
	}

}
