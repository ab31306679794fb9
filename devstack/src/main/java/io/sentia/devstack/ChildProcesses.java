package io.sentia.devstack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping child processes politely first, then firmly. */
final class ChildProcesses {

	private ChildProcesses() {
	}

	static void terminate(Process process, Duration grace) throws InterruptedException {
		if (!process.isAlive()) {
			return;
		}
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Kills a process as a crash would: no shutdown hooks, no deregistration. */
	static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(10, TimeUnit.SECONDS);
	}

}
