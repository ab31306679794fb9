package io.sentia.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;

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
