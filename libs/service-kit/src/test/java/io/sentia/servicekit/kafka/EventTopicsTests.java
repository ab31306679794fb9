package io.sentia.servicekit.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.sentia.events.Topics;
import io.sentia.servicekit.testapp.OrderTestListener;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.testkit.Infrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service start creates the whole event catalogue, the service's additional topics, and
 * a dead-letter topic for each, with the configured partitions.
 */
class EventTopicsTests extends ServiceKitTestSupport {

	@Test
	void readsTheCatalogueFromTopics() {
		assertThat(EventTopics.catalogue()).contains(Topics.COMMERCE_ORDERS, Topics.ALERTS, Topics.AUTH_AUDIT)
			.doesNotHaveDuplicates();
	}

	@Test
	void createsCatalogueAndAdditionalTopicsWithDeadLetterTopics() throws Exception {
		Set<String> expected = Set.of(Topics.COMMERCE_ORDERS, Topics.deadLetter(Topics.COMMERCE_ORDERS),
				Topics.FINANCE_BANK_TRANSACTIONS, Topics.deadLetter(Topics.FINANCE_BANK_TRANSACTIONS),
				OrderTestListener.TOPIC, Topics.deadLetter(OrderTestListener.TOPIC));
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers()))) {
			Map<String, TopicDescription> topics = admin.describeTopics(expected)
				.allTopicNames()
				.get(30, TimeUnit.SECONDS);

			assertThat(topics).containsOnlyKeys(expected);
			assertThat(topics.values()).allSatisfy((topic) -> assertThat(topic.partitions()).hasSize(3));
		}
	}

	@Test
	void accountMailTopicAndItsDeadLetterTopicKeepRecordsForOneDayOnly() throws Exception {
		List<ConfigResource> resources = List.of(
				new ConfigResource(ConfigResource.Type.TOPIC, Topics.AUTH_ACCOUNT_MAIL),
				new ConfigResource(ConfigResource.Type.TOPIC, Topics.deadLetter(Topics.AUTH_ACCOUNT_MAIL)),
				new ConfigResource(ConfigResource.Type.TOPIC, Topics.AUTH_MEMBERS));
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers()))) {
			Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);

			assertThat(configs.get(resources.get(0)).get(TopicConfig.RETENTION_MS_CONFIG).value())
				.isEqualTo("86400000");
			assertThat(configs.get(resources.get(1)).get(TopicConfig.RETENTION_MS_CONFIG).value())
				.isEqualTo("86400000");
			assertThat(configs.get(resources.get(2)).get(TopicConfig.RETENTION_MS_CONFIG).value())
				.isNotEqualTo("86400000");
		}
	}

}
