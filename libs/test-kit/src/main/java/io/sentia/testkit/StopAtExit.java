package io.sentia.testkit;

import java.time.Duration;

import org.springframework.boot.SpringApplication;

/**
 * Stops what the kit started when the JVM exits, but only after the Spring Boot test
 * contexts that use it have closed: a broker that vanishes while a listener container
 * leaves its group makes the consumer wait out its close timeout, and pools log
 * connection errors.
 * <p>
 * All JVM shutdown hooks run at once, so the order comes from Spring Boot: its shutdown
 * hook closes every context it started and then runs its shutdown handlers, one of which
 * is the stop. Boot installs that hook only when an application ran, so the kit's own JVM
 * hook stops everything itself unless this JVM builds Spring test contexts and Boot's
 * hook is running.
 */
final class StopAtExit {

	private static final String BOOT_HOOK_THREAD = "SpringApplicationShutdownHook";

	/**
	 * Hook threads are started one after another; Boot's shows up within milliseconds.
	 */
	private static final Duration BOOT_HOOK_APPEARANCE = Duration.ofSeconds(1);

	private static volatile boolean springTestContextsRun;

	private final Runnable stop;

	StopAtExit(Runnable stop) {
		this.stop = stop;
		SpringApplication.getShutdownHandlers().add(stop);
		Runtime.getRuntime().addShutdownHook(new Thread(this::onJvmExit, "sentia-test-kit-shutdown"));
	}

	/**
	 * This JVM builds Spring test contexts, which Boot's hook closes before the stop.
	 */
	static void springTestContextsRun() {
		springTestContextsRun = true;
	}

	private void onJvmExit() {
		if (springTestContextsRun && bootHookIsRunning()) {
			return;
		}
		this.stop.run();
	}

	private static boolean bootHookIsRunning() {
		long deadline = System.nanoTime() + BOOT_HOOK_APPEARANCE.toNanos();
		while (System.nanoTime() < deadline) {
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				if (BOOT_HOOK_THREAD.equals(thread.getName())) {
					return true;
				}
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

}
