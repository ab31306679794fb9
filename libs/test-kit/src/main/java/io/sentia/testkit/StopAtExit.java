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
 * hook stops everything itself unless Spring Boot contexts used the servers and Boot's
 * hook is running.
 */
final class StopAtExit {

	private static final String BOOT_HOOK_THREAD = "SpringApplicationShutdownHook";

	/**
	 * Hook threads are started one after another; Boot's shows up within milliseconds.
	 */
	private static final Duration BOOT_HOOK_APPEARANCE = Duration.ofSeconds(1);

	private final Runnable stop;

	private volatile boolean usedBySpringBoot;

	StopAtExit(Runnable stop) {
		this.stop = stop;
		SpringApplication.getShutdownHandlers().add(stop);
		Runtime.getRuntime().addShutdownHook(new Thread(this::onJvmExit, "sentia-test-kit-shutdown"));
	}

	/**
	 * Spring Boot contexts read the servers' addresses, so Boot's hook will stop them.
	 */
	void usedBySpringBoot() {
		this.usedBySpringBoot = true;
	}

	private void onJvmExit() {
		if (this.usedBySpringBoot && bootHookIsRunning()) {
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
