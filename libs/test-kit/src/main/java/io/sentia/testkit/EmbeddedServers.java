package io.sentia.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Starts real servers from jars on the test classpath, without Docker: zonky's PostgreSQL
 * binaries, a KRaft broker inside this JVM, and the redis-server bundled with
 * embedded-redis. Each listens on a free port of the loopback interface and keeps its
 * data in a temporary directory.
 */
final class EmbeddedServers {

	private static final String LOOPBACK = "127.0.0.1";

	/**
	 * A free port can be taken by someone else before the server binds it; try again
	 * then.
	 */
	private static final int PORT_ATTEMPTS = 3;

	/** Name of the SASL listener of {@link #kafkaWithSaslPlain(String, String)}. */
	private static final String SASL_LISTENER = "SASL_CLIENTS";

	private EmbeddedServers() {
	}

	/**
	 * Runs PostgreSQL from zonky's binaries. Durability is switched off because a test
	 * cluster lives only as long as its JVM; connections are raised because every cached
	 * Spring test context keeps its own pool open.
	 * @return the running server
	 * @throws IOException if the binaries cannot be unpacked or the server does not start
	 * @throws SQLException if the started server does not answer
	 */
	static RunningServer<PostgresServer> postgres() throws IOException, SQLException {
		Path dataDirectory = PostgresDataDirectories.create();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setDataDirectory(dataDirectory)
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			.setServerConfig("max_connections", "300")
			.start();
		// zonky trusts local connections, so any password works; the superuser is
		// postgres.
		PostgresServer server = new PostgresServer("localhost", postgres.getPort(), "postgres", "postgres",
				ServerSource.IN_PROCESS);
		return new RunningServer<>(server, "in-process (zonky embedded PostgreSQL " + server.version() + ", data in "
				+ dataDirectory + ") at localhost:" + postgres.getPort(), postgres::close);
	}

	/**
	 * Runs a single KRaft broker inside this JVM. spring-kafka-test cannot pin its port,
	 * so the address is whatever the broker reports.
	 * @return the running broker
	 */
	static RunningServer<KafkaServer> kafka() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		// The broker publishes its address as a system property, by default
		// spring.kafka.bootstrap-servers, which would leak into every context of the JVM.
		broker.brokerListProperty("sentia.test-kit.kafka.bootstrap-servers");
		broker.brokerProperty("offsets.topic.num.partitions", "1");
		broker.brokerProperty("transaction.state.log.num.partitions", "1");
		broker.brokerProperty("transaction.state.log.replication.factor", "1");
		broker.brokerProperty("transaction.state.log.min.isr", "1");
		QuietLoggers.Restore loggers = QuietLoggers.quiet(QuietLoggers.BROKER, QuietLoggers.SHARED_WITH_CLIENTS);
		try {
			broker.afterPropertiesSet();
		}
		finally {
			loggers.close();
		}
		String bootstrapServers = broker.getBrokersAsString();
		return new RunningServer<>(new KafkaServer(bootstrapServers, ServerSource.IN_PROCESS),
				"in-process (spring-kafka-test KRaft broker) at " + bootstrapServers, broker::destroy);
	}

	/**
	 * Runs a single KRaft broker inside this JVM whose clients connect through a
	 * {@code SASL_PLAINTEXT} listener with the {@code PLAIN} mechanism and one user. The
	 * broker's own listeners (inter-broker, controller) stay plaintext on other ports.
	 * @param username the one user clients may authenticate as
	 * @param password that user's password
	 * @return the SASL listener's address and how to stop the broker
	 */
	static SaslBroker kafkaWithSaslPlain(String username, String password) {
		RuntimeException lastFailure = null;
		for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
			int port = freePort();
			EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
			broker.brokerListProperty("sentia.test-kit.kafka-sasl.bootstrap-servers");
			broker.brokerProperty("offsets.topic.num.partitions", "1");
			broker.brokerProperty("transaction.state.log.num.partitions", "1");
			broker.brokerProperty("transaction.state.log.replication.factor", "1");
			broker.brokerProperty("transaction.state.log.min.isr", "1");
			broker.brokerProperty("listeners",
					"EXTERNAL://localhost:0,CONTROLLER://localhost:0," + SASL_LISTENER + "://localhost:" + port);
			broker.brokerProperty("listener.security.protocol.map",
					"EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT," + SASL_LISTENER + ":SASL_PLAINTEXT");
			String listenerPrefix = "listener.name." + SASL_LISTENER.toLowerCase(Locale.ROOT) + ".";
			broker.brokerProperty(listenerPrefix + "sasl.enabled.mechanisms", "PLAIN");
			broker.brokerProperty(listenerPrefix + "plain.sasl.jaas.config", plainLogin("user_" + username, password));
			QuietLoggers.Restore loggers = QuietLoggers.quiet(QuietLoggers.BROKER, QuietLoggers.SHARED_WITH_CLIENTS);
			try {
				broker.afterPropertiesSet();
				return new SaslBroker("localhost:" + port, broker::destroy);
			}
			catch (RuntimeException ex) {
				// Most likely the port was taken between choosing and binding it.
				lastFailure = ex;
				broker.destroy();
			}
			finally {
				loggers.close();
			}
		}
		throw lastFailure;
	}

	/**
	 * A JAAS entry of Kafka's {@code PlainLoginModule} with the given options, quoted so
	 * any character of a password survives.
	 * @param options option names and values, alternating
	 * @return the {@code sasl.jaas.config} value
	 */
	static String plainLogin(String... options) {
		StringBuilder config = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required");
		for (int i = 0; i + 1 < options.length; i += 2) {
			config.append(' ')
				.append(options[i])
				.append("=\"")
				.append(options[i + 1].replace("\\", "\\\\").replace("\"", "\\\""))
				.append('"');
		}
		return config.append(';').toString();
	}

	/**
	 * A broker with a SASL listener.
	 *
	 * @param bootstrapServers the SASL listener's address
	 * @param stopper stops the broker
	 */
	record SaslBroker(String bootstrapServers, AutoCloseable stopper) {

	}

	/**
	 * Runs the redis-server bundled with embedded-redis, without persistence.
	 * @return the running server
	 * @throws IOException if no attempt to start it succeeded
	 */
	static RunningServer<RedisServer> redis() throws IOException {
		IOException lastFailure = null;
		for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
			int port = freePort();
			redis.embedded.RedisServer process = redis.embedded.RedisServer.newRedisServer()
				.bind(LOOPBACK)
				.port(port)
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			try {
				process.start();
				return new RunningServer<>(new RedisServer(LOOPBACK, port, ServerSource.IN_PROCESS),
						"in-process (embedded-redis) at " + LOOPBACK + ":" + port, process::stop);
			}
			catch (IOException ex) {
				lastFailure = ex;
			}
		}
		throw lastFailure;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on " + LOOPBACK, ex);
		}
	}

}
