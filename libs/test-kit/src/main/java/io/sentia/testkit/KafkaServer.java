package io.sentia.testkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A running Kafka broker for tests, whichever way it was obtained: the JVM's shared
 * broker from {@link Infrastructure#kafka()}, or a dedicated one that requires SASL from
 * {@link #startWithSaslPlain(String, String)}.
 */
public final class KafkaServer implements AutoCloseable {

	private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

	private final String bootstrapServers;

	private final ServerSource source;

	private final Map<String, Object> clientSecurity;

	private final AutoCloseable stopper;

	KafkaServer(String bootstrapServers, ServerSource source) {
		this(bootstrapServers, source, Map.of(), () -> {
		});
	}

	private KafkaServer(String bootstrapServers, ServerSource source, Map<String, Object> clientSecurity,
			AutoCloseable stopper) {
		this.bootstrapServers = bootstrapServers;
		this.source = source;
		this.clientSecurity = Map.copyOf(clientSecurity);
		this.stopper = stopper;
	}

	/**
	 * Starts a dedicated in-process KRaft broker whose client listener is
	 * {@code SASL_PLAINTEXT} with the {@code PLAIN} mechanism and exactly one user, for
	 * tests of client authentication. Always in-process, whatever serves
	 * {@link Infrastructure#kafka()}; the caller closes it.
	 * @param username the one user the broker knows
	 * @param password that user's password
	 * @return the running broker; {@link #bootstrapServers()} is its SASL listener
	 */
	public static KafkaServer startWithSaslPlain(String username, String password) {
		EmbeddedServers.SaslBroker broker = EmbeddedServers.kafkaWithSaslPlain(username, password);
		return new KafkaServer(broker.bootstrapServers(), ServerSource.IN_PROCESS, saslPlainClient(username, password),
				broker.stopper());
	}

	/**
	 * Client settings for SASL/PLAIN over plaintext with the given credential.
	 * @param username the user name
	 * @param password the password
	 * @return {@code security.protocol}, {@code sasl.mechanism} and
	 * {@code sasl.jaas.config}
	 */
	public static Map<String, Object> saslPlainClient(String username, String password) {
		return Map.of(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT", SaslConfigs.SASL_MECHANISM, "PLAIN",
				SaslConfigs.SASL_JAAS_CONFIG, EmbeddedServers.plainLogin("username", username, "password", password));
	}

	/**
	 * Security settings a client needs besides {@code bootstrap.servers}: none for the
	 * shared broker, SASL/PLAIN with the broker's user for
	 * {@link #startWithSaslPlain(String, String)}.
	 * @return client configuration entries
	 */
	public Map<String, Object> clientSecurity() {
		return this.clientSecurity;
	}

	/**
	 * Stops a broker started by {@link #startWithSaslPlain(String, String)}. Does nothing
	 * for the JVM's shared broker, which the kit stops when the JVM exits.
	 */
	@Override
	public void close() throws Exception {
		this.stopper.close();
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
		Map<String, Object> config = new HashMap<>(this.clientSecurity);
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
		return Admin.create(config);
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
