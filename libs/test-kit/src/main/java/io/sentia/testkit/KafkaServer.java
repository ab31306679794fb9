package io.sentia.testkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A running Kafka broker for tests, whichever way it was obtained.
 */
public final class KafkaServer {

	private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

	private final String bootstrapServers;

	private final ServerSource source;

	KafkaServer(String bootstrapServers, ServerSource source) {
		this.bootstrapServers = bootstrapServers;
		this.source = source;
	}

	/**
	 * Value for {@code bootstrap.servers} of any Kafka client.
	 * @return host:port pairs, comma separated
	 */
	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	public ServerSource source() {
		return this.source;
	}

	/**
	 * Creates topics with one partition and one replica, leaving existing ones as they
	 * are.
	 * @param names topic names
	 */
	public void createTopics(String... names) {
		createTopics(1, names);
	}

	/**
	 * Creates topics with one replica, leaving existing ones as they are.
	 * @param partitions partitions of each new topic
	 * @param names topic names
	 */
	public void createTopics(int partitions, String... names) {
		List<NewTopic> topics = Arrays.stream(names).map((name) -> new NewTopic(name, partitions, (short) 1)).toList();
		try (Admin admin = admin()) {
			for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(topics).values().entrySet()) {
				awaitCreated(result.getKey(), result.getValue());
			}
		}
	}

	/**
	 * A short-lived admin client that gives up quickly when the broker is not there.
	 * @return a new admin client the caller closes
	 */
	Admin admin() {
		int timeoutMillis = (int) ADMIN_TIMEOUT.toMillis();
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis));
	}

	private void awaitCreated(String topic, KafkaFuture<Void> creation) {
		try {
			creation.get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Could not create topic '" + topic + "' on " + this, ex.getCause());
			}
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Creating topic '" + topic + "' on " + this + " took longer than "
					+ ADMIN_TIMEOUT.toSeconds() + " s", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topic '" + topic + "'", ex);
		}
	}

	@Override
	public String toString() {
		return "Kafka at " + this.bootstrapServers + " (" + this.source + ")";
	}

}
