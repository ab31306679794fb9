package io.sentia.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or starts each server, taking in order: the server named by SENTIA_* variables, a
 * Testcontainers singleton when Docker is available, a server started in-process. A named
 * server that does not answer is an error, never silently replaced; a failed container
 * falls through to the in-process server.
 */
final class InfrastructureSources {

	static final String POSTGRES_HOST = "SENTIA_POSTGRES_HOST";

	static final String POSTGRES_PORT = "SENTIA_POSTGRES_PORT";

	static final String POSTGRES_USER = "SENTIA_POSTGRES_USER";

	static final String POSTGRES_PASSWORD = "SENTIA_POSTGRES_PASSWORD";

	static final String KAFKA_BOOTSTRAP_SERVERS = "SENTIA_KAFKA_BOOTSTRAP_SERVERS";

	static final String REDIS_HOST = "SENTIA_REDIS_HOST";

	static final String REDIS_PORT = "SENTIA_REDIS_PORT";

	/**
	 * Defaults for the variables left unset are those of the devstack (brief:
	 * infrastructure).
	 */
	private static final int DEFAULT_POSTGRES_PORT = 15432;

	private static final String DEFAULT_POSTGRES_CREDENTIAL = "sentia";

	private static final int DEFAULT_REDIS_PORT = 16379;

	private static final Logger logger = LoggerFactory.getLogger(InfrastructureSources.class);

	private final Map<String, String> env;

	private final DockerDetection docker;

	InfrastructureSources(Map<String, String> env, DockerDetection docker) {
		this.env = env;
		this.docker = docker;
	}

	RunningServer<PostgresServer> postgres() {
		String host = variable(POSTGRES_HOST);
		if (host != null) {
			PostgresServer server = new PostgresServer(host, port(POSTGRES_PORT, DEFAULT_POSTGRES_PORT),
					variableOr(POSTGRES_USER, DEFAULT_POSTGRES_CREDENTIAL),
					variableOr(POSTGRES_PASSWORD, DEFAULT_POSTGRES_CREDENTIAL), ServerSource.PROVIDED);
			return provided("PostgreSQL",
					POSTGRES_HOST + "=" + host + ", port " + server.port() + ", user " + server.username(),
					() -> ProvidedServers.postgres(server));
		}
		return startedByTheKit("PostgreSQL", POSTGRES_HOST,
				POSTGRES_HOST + ", " + POSTGRES_PORT + ", " + POSTGRES_USER + " and " + POSTGRES_PASSWORD,
				ContainerServers::postgres, EmbeddedServers::postgres,
				" In-process PostgreSQL runs as root only where user namespaces are allowed (unshare -U);"
						+ " some containers block them.");
	}

	RunningServer<KafkaServer> kafka() {
		String bootstrapServers = variable(KAFKA_BOOTSTRAP_SERVERS);
		if (bootstrapServers != null) {
			KafkaServer server = new KafkaServer(bootstrapServers, ServerSource.PROVIDED);
			return provided("Kafka", KAFKA_BOOTSTRAP_SERVERS + "=" + bootstrapServers,
					() -> ProvidedServers.kafka(server));
		}
		return startedByTheKit("Kafka", KAFKA_BOOTSTRAP_SERVERS, KAFKA_BOOTSTRAP_SERVERS, ContainerServers::kafka,
				EmbeddedServers::kafka, "");
	}

	RunningServer<RedisServer> redis() {
		String host = variable(REDIS_HOST);
		if (host != null) {
			RedisServer server = new RedisServer(host, port(REDIS_PORT, DEFAULT_REDIS_PORT), ServerSource.PROVIDED);
			return provided("Redis", REDIS_HOST + "=" + host + ", port " + server.port(),
					() -> ProvidedServers.redis(server));
		}
		return startedByTheKit("Redis", REDIS_HOST, REDIS_HOST + " and " + REDIS_PORT, ContainerServers::redis,
				EmbeddedServers::redis, "");
	}

	private <T> RunningServer<T> provided(String server, String given, Callable<RunningServer<T>> check) {
		try {
			return check.call();
		}
		catch (Exception ex) {
			throw new InfrastructureUnavailableException(server + " for tests was provided (" + given
					+ ") but does not answer: " + ex + ". Start that server, fix the variables, or unset them"
					+ " to let the test kit start " + server + " itself.", ex);
		}
	}

	private <T> RunningServer<T> startedByTheKit(String server, String deciding, String variables,
			Callable<RunningServer<T>> container, Callable<RunningServer<T>> inProcess, String inProcessNote) {
		List<String> tried = new ArrayList<>();
		tried.add(deciding + " not set");
		DockerDetection.Verdict docker = this.docker.verdict();
		if (docker.available()) {
			try {
				return container.call();
			}
			catch (Exception ex) {
				logger.warn("{} for tests: Testcontainers failed, starting it in-process instead", server, ex);
				tried.add("Testcontainers failed: " + ex);
			}
		}
		else {
			tried.add("Testcontainers skipped: " + docker.reason());
		}
		try {
			return inProcess.call();
		}
		catch (Exception | LinkageError ex) {
			tried.add("in-process start failed: " + ex);
			throw new InfrastructureUnavailableException("No " + server + " for tests. Tried: "
					+ String.join("; ", tried) + ". To fix: run " + server + " yourself and name it with " + variables
					+ ", or make Docker available to Testcontainers." + inProcessNote, ex);
		}
	}

	private String variable(String name) {
		String value = this.env.get(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private String variableOr(String name, String fallback) {
		String value = variable(name);
		return (value != null) ? value : fallback;
	}

	private int port(String name, int fallback) {
		String value = variable(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new InfrastructureUnavailableException(name + "=" + value + " is not a port number", ex);
		}
	}

}
