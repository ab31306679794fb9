package io.sentia.testkit;

import java.time.Duration;
import java.util.Set;

/**
 * Lets the kit's shutdown hook wait for Spring's. All JVM shutdown hooks run at once;
 * stopping a server while a cached test context still closes its pools and consumers
 * would only produce connection errors and slow consumer shutdowns.
 */
final class SpringContextShutdown {

	/**
	 * Thread names of Spring Framework's and Spring Boot's shutdown hooks
	 * (AbstractApplicationContext.SHUTDOWN_HOOK_THREAD_NAME,
	 * SpringApplicationShutdownHook).
	 */
	private static final Set<String> HOOK_THREADS = Set.of("SpringContextShutdownHook",
			"SpringApplicationShutdownHook");

	private SpringContextShutdown() {
	}

	static void await(Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (HOOK_THREADS.contains(thread.getName()) && thread != Thread.currentThread()) {
				long remainingMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
				try {
					thread.join(remainingMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

}
