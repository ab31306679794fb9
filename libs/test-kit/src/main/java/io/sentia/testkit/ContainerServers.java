package io.sentia.testkit;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts the servers as Testcontainers, one of each per JVM. Images follow the versions
 * used elsewhere: PostgreSQL 18 like the embedded binaries, Kafka like the client
 * library, Redis 7.
 */
final class ContainerServers {

	static final String POSTGRES_IMAGE = "postgres:18-alpine";

	/** The native image starts in about a second; the JVM image takes several. */
	static final String KAFKA_IMAGE = "apache/kafka-native:4.1.2";

	static final String REDIS_IMAGE = "redis:7";

	private static final int POSTGRES_PORT = 5432;

	private static final int REDIS_PORT = 6379;

	private ContainerServers() {
	}

	static RunningServer<PostgresServer> postgres() {
		PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE))
			.withUsername("sentia")
			.withPassword("sentia");
		container.withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c",
				"full_page_writes=off", "-c", "max_connections=300");
		container.start();
		String host = container.getHost();
		int port = container.getMappedPort(POSTGRES_PORT);
		return new RunningServer<>(new PostgresServer(host, port, "sentia", "sentia", ServerSource.TESTCONTAINERS),
				"Testcontainers " + POSTGRES_IMAGE + " at " + host + ":" + port, container::stop);
	}

	static RunningServer<KafkaServer> kafka() {
		KafkaContainer container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
		container.start();
		String bootstrapServers = container.getBootstrapServers();
		return new RunningServer<>(new KafkaServer(bootstrapServers, ServerSource.TESTCONTAINERS),
				"Testcontainers " + KAFKA_IMAGE + " at " + bootstrapServers, container::stop);
	}

	static RunningServer<RedisServer> redis() {
		GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE))
			.withExposedPorts(REDIS_PORT);
		container.start();
		String host = container.getHost();
		int port = container.getMappedPort(REDIS_PORT);
		return new RunningServer<>(new RedisServer(host, port, ServerSource.TESTCONTAINERS),
				"Testcontainers " + REDIS_IMAGE + " at " + host + ":" + port, container::stop);
	}

}
