package io.sentia.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SENTIA_* path, exercised against the servers this JVM already has: their
 * coordinates are handed to a resolver as if they had come from the environment.
 */
class InfrastructureSourcesTests {

	@TempDir
	Path home;

	@Test
	void usesThePostgresServerNamedByTheVariables() throws Exception {
		PostgresServer running = Infrastructure.postgres();
		InfrastructureSources sources = sources(
				Map.of("SENTIA_POSTGRES_HOST", running.host(), "SENTIA_POSTGRES_PORT", String.valueOf(running.port()),
						"SENTIA_POSTGRES_USER", running.username(), "SENTIA_POSTGRES_PASSWORD", running.password()));

		RunningServer<PostgresServer> provided = sources.postgres();
		String database = provided.server().newDatabase("provided");

		assertThat(provided.server().source()).isEqualTo(ServerSource.PROVIDED);
		assertThat(provided.server().jdbcUrl(database)).isEqualTo(running.jdbcUrl(database));
		assertThat(databaseExists(running, database)).isTrue();
	}

	@Test
	void dropsTheDatabasesItCreatedOnAProvidedServerWhenStopped() throws Exception {
		PostgresServer running = Infrastructure.postgres();
		RunningServer<PostgresServer> provided = sources(
				Map.of("SENTIA_POSTGRES_HOST", running.host(), "SENTIA_POSTGRES_PORT", String.valueOf(running.port()),
						"SENTIA_POSTGRES_USER", running.username(), "SENTIA_POSTGRES_PASSWORD", running.password()))
			.postgres();
		String database = provided.server().newDatabase("dropped");
		String foreign = running.newDatabase("foreign");

		provided.stopper().close();

		assertThat(databaseExists(running, database)).isFalse();
		assertThat(databaseExists(running, foreign)).isTrue();
	}

	@Test
	void explainsWhatToDoWhenTheNamedPostgresServerDoesNotAnswer() throws IOException {
		InfrastructureSources sources = sources(
				Map.of("SENTIA_POSTGRES_HOST", "127.0.0.1", "SENTIA_POSTGRES_PORT", String.valueOf(closedPort())));

		assertThatExceptionOfType(InfrastructureUnavailableException.class).isThrownBy(sources::postgres)
			.withMessageContaining("SENTIA_POSTGRES_HOST=127.0.0.1")
			.withMessageContaining("does not answer")
			.withMessageContaining("unset them");
	}

	@Test
	void takesTheDevstackPortAndCredentialsForVariablesLeftUnset() {
		// .invalid never resolves, so this fails fast even where a devstack listens on
		// 15432.
		InfrastructureSources sources = sources(Map.of("SENTIA_POSTGRES_HOST", "sentia-test-kit.invalid"));

		assertThatExceptionOfType(InfrastructureUnavailableException.class).isThrownBy(sources::postgres)
			.withMessageContaining("port 15432, user sentia");
	}

	@Test
	void usesTheKafkaBrokerNamedByTheVariable() {
		KafkaServer running = Infrastructure.kafka();
		InfrastructureSources sources = sources(Map.of("SENTIA_KAFKA_BOOTSTRAP_SERVERS", running.bootstrapServers()));

		KafkaServer provided = sources.kafka().server();

		assertThat(provided.source()).isEqualTo(ServerSource.PROVIDED);
		assertThat(provided.bootstrapServers()).isEqualTo(running.bootstrapServers());
	}

	@Test
	void explainsWhatToDoWhenTheNamedKafkaBrokerCannotBeReached() {
		InfrastructureSources sources = sources(
				Map.of("SENTIA_KAFKA_BOOTSTRAP_SERVERS", "sentia-test-kit.invalid:9092"));

		assertThatExceptionOfType(InfrastructureUnavailableException.class).isThrownBy(sources::kafka)
			.withMessageContaining("SENTIA_KAFKA_BOOTSTRAP_SERVERS=sentia-test-kit.invalid:9092")
			.withMessageContaining("unset them");
	}

	@Test
	void usesTheRedisServerNamedByTheVariables() {
		RedisServer running = Infrastructure.redis();
		InfrastructureSources sources = sources(
				Map.of("SENTIA_REDIS_HOST", running.host(), "SENTIA_REDIS_PORT", String.valueOf(running.port())));

		RedisServer provided = sources.redis().server();

		assertThat(provided.source()).isEqualTo(ServerSource.PROVIDED);
		try (Jedis jedis = new Jedis(provided.host(), provided.port())) {
			assertThat(jedis.ping()).isEqualTo("PONG");
		}
	}

	@Test
	void refusesAPortThatIsNotANumber() {
		InfrastructureSources sources = sources(Map.of("SENTIA_REDIS_HOST", "localhost", "SENTIA_REDIS_PORT", "six"));

		assertThatExceptionOfType(InfrastructureUnavailableException.class).isThrownBy(sources::redis)
			.withMessageContaining("SENTIA_REDIS_PORT=six is not a port number");
	}

	@Test
	void startsRedisItselfWhenNothingIsProvidedAndDockerIsOutOfSight() throws Exception {
		DockerDetection noDocker = new DockerDetection(Map.of(), (name) -> name.equals("os.name") ? "Linux" : null,
				this.home);
		assumeTrue(noDocker.dockerHints().isEmpty(), "this machine has a Docker socket");

		RunningServer<RedisServer> started = new InfrastructureSources(Map.of(), noDocker).redis();
		try (Jedis jedis = new Jedis(started.server().host(), started.server().port())) {
			assertThat(started.server().source()).isEqualTo(ServerSource.IN_PROCESS);
			assertThat(jedis.ping()).isEqualTo("PONG");
		}
		finally {
			started.stopper().close();
		}
	}

	private InfrastructureSources sources(Map<String, String> env) {
		return new InfrastructureSources(env, DockerDetection.forThisMachine());
	}

	private static boolean databaseExists(PostgresServer server, String name) throws SQLException {
		try (Connection connection = server.connectToMaintenanceDatabase();
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select count(*) from pg_database where datname = '" + name + "'")) {
			result.next();
			return result.getInt(1) == 1;
		}
	}

	/** A port nothing listens on: bound once to find it free, then released. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}

}
