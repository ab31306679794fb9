package io.sentia.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL, Kafka and Redis for any test, each found or started on first use and
 * kept for the rest of the JVM. Each comes from the first of: the server named by
 * SENTIA_* environment variables; a Testcontainers singleton when Docker is available; a
 * server the kit starts in-process. One log line per server says which it was. Everything
 * the kit started stops when the JVM exits, after the Spring Boot test contexts that use
 * it have closed.
 * <p>
 * Variables: {@code SENTIA_POSTGRES_HOST} (then {@code SENTIA_POSTGRES_PORT}, default
 * 15432, {@code SENTIA_POSTGRES_USER} and {@code SENTIA_POSTGRES_PASSWORD}, default
 * sentia; the user must be allowed to create databases),
 * {@code SENTIA_KAFKA_BOOTSTRAP_SERVERS}, {@code SENTIA_REDIS_HOST} (then
 * {@code SENTIA_REDIS_PORT}, default 16379). The defaults are the devstack's, so
 * {@code SENTIA_POSTGRES_HOST=localhost} alone points at a running devstack.
 */
public final class Infrastructure {

	private static final Logger logger = LoggerFactory.getLogger(Infrastructure.class);

	private static final InfrastructureSources sources = new InfrastructureSources(System.getenv(),
			DockerDetection.forThisMachine());

	/** What was started, stopped in reverse order at JVM exit. */
	private static final Deque<RunningServer<?>> running = new ArrayDeque<>();

	/** Set once the JVM is exiting; guarded by {@link #running}. */
	private static boolean stopped;

	private static final StartOnce<PostgresServer> postgres = new StartOnce<>("PostgreSQL", sources::postgres);

	private static final StartOnce<KafkaServer> kafka = new StartOnce<>("Kafka", sources::kafka);

	private static final StartOnce<RedisServer> redis = new StartOnce<>("Redis", sources::redis);

	private static final StopAtExit stopAtExit = new StopAtExit(Infrastructure::stopAll);

	private Infrastructure() {
	}

	/**
	 * The PostgreSQL server of this JVM, started on first call.
	 * @return the server
	 * @throws InfrastructureUnavailableException if no server could be found or started
	 */
	public static PostgresServer postgres() {
		return postgres.get();
	}

	/**
	 * The Kafka broker of this JVM, started on first call.
	 * @return the broker
	 * @throws InfrastructureUnavailableException if no broker could be found or started
	 */
	public static KafkaServer kafka() {
		return kafka.get();
	}

	/**
	 * The Redis server of this JVM, started on first call.
	 * @return the server
	 * @throws InfrastructureUnavailableException if no server could be found or started
	 */
	public static RedisServer redis() {
		return redis.get();
	}

	private static void stopAll() {
		synchronized (running) {
			stopped = true;
			while (!running.isEmpty()) {
				RunningServer<?> server = running.pop();
				try {
					server.stopper().close();
				}
				catch (Exception ex) {
					// Logging may already be shut down at this point, so say it on stderr
					// too.
					System.err.println("sentia test kit: could not stop " + server.server() + ": " + ex);
				}
			}
		}
	}

	/**
	 * Starts a server on first use, once, even when tests ask from several threads. A
	 * failure is remembered, so later tests fail at once with the same explanation
	 * instead of retrying.
	 */
	private static final class StartOnce<T> {

		private final String name;

		private final Supplier<RunningServer<T>> start;

		private T server;

		private InfrastructureUnavailableException failure;

		StartOnce(String name, Supplier<RunningServer<T>> start) {
			this.name = name;
			this.start = start;
		}

		synchronized T get() {
			if (this.server != null) {
				return this.server;
			}
			if (this.failure != null) {
				throw new InfrastructureUnavailableException(this.failure.getMessage(), this.failure);
			}
			long startedAt = System.nanoTime();
			try {
				RunningServer<T> started = this.start.get();
				keepUntilExit(started);
				logger.info("{} for tests: {}, ready in {}", this.name, started.description(),
						seconds(System.nanoTime() - startedAt));
				this.server = started.server();
				return this.server;
			}
			catch (InfrastructureUnavailableException ex) {
				this.failure = ex;
				throw ex;
			}
			catch (RuntimeException | LinkageError ex) {
				this.failure = new InfrastructureUnavailableException(
						"Starting " + this.name + " for tests failed unexpectedly: " + ex, ex);
				throw this.failure;
			}
		}

		/**
		 * A server started while the JVM exits would outlive it; stop it at once instead.
		 */
		private void keepUntilExit(RunningServer<T> started) {
			synchronized (running) {
				if (!stopped) {
					running.push(started);
					return;
				}
			}
			try {
				started.stopper().close();
			}
			catch (Exception ex) {
				// The JVM is exiting; the exception below says what matters.
			}
			throw new InfrastructureUnavailableException(
					this.name + " for tests was asked for while the JVM is shutting down", null);
		}

		private static String seconds(long nanos) {
			return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
		}

	}

}
