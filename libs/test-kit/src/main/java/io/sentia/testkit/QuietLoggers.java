package io.sentia.testkit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Turns the in-process broker's own loggers down to WARN. A KRaft broker logs over a
 * thousand INFO lines while it starts (three full configuration dumps among them), which
 * would bury the service's test output. Loggers a project configured itself are left
 * alone.
 */
final class QuietLoggers {

	/** Loggers only the broker and its controller use. */
	static final List<String> BROKER = List.of("kafka", "state.change.logger", "org.apache.kafka.server",
			"org.apache.kafka.controller", "org.apache.kafka.raft", "org.apache.kafka.image",
			"org.apache.kafka.metadata", "org.apache.kafka.storage", "org.apache.kafka.coordinator",
			"org.apache.kafka.queue", "org.apache.kafka.snapshot", "org.apache.kafka.common.test");

	/** Loggers clients share with the broker, quiet only while it starts. */
	static final List<String> SHARED_WITH_CLIENTS = List.of("org.apache.kafka.common.config.AbstractConfig",
			"org.apache.kafka.common.metrics", "org.apache.kafka.common.utils.AppInfoParser");

	private QuietLoggers() {
	}

	/**
	 * Quiets the given loggers for good and the temporary ones until the returned handle
	 * closes. Does nothing when Spring Boot cannot drive the logging system in use.
	 * @param permanently loggers to turn down for the rest of the JVM
	 * @param temporarily loggers to turn down until the handle closes
	 * @return a handle that restores the temporary loggers
	 */
	static Restore quiet(List<String> permanently, List<String> temporarily) {
		try {
			LoggingSystem system = LoggingSystem.get(QuietLoggers.class.getClassLoader());
			permanently.forEach((name) -> turnDownIfUnconfigured(system, name));
			List<String> restore = new ArrayList<>();
			for (String name : temporarily) {
				if (turnDownIfUnconfigured(system, name)) {
					restore.add(name);
				}
			}
			return () -> restore.forEach((name) -> system.setLogLevel(name, null));
		}
		catch (RuntimeException | LinkageError ex) {
			// Logging levels are a courtesy; a logging system Boot cannot drive keeps its
			// own.
			return () -> {
			};
		}
	}

	private static boolean turnDownIfUnconfigured(LoggingSystem system, String name) {
		LoggerConfiguration configuration = system.getLoggerConfiguration(name);
		if (configuration != null && configuration.getConfiguredLevel() != null) {
			return false;
		}
		system.setLogLevel(name, LogLevel.WARN);
		return true;
	}

	/** Restores temporarily quieted loggers. */
	interface Restore extends AutoCloseable {

		@Override
		void close();

	}

}
