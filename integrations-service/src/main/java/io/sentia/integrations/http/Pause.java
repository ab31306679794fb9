package io.sentia.integrations.http;

import java.time.Duration;

/** Waits; tests replace it to record waits instead of sleeping through them. */
@FunctionalInterface
public interface Pause {

	/** Sleeps on the calling thread. */
	Pause SLEEP = (duration) -> {
		if (!duration.isPositive()) {
			return;
		}
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a provider's rate limit", ex);
		}
	};

	void pause(Duration duration);

}
