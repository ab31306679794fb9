package io.sentia.servicekit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.jspecify.annotations.Nullable;

/**
 * The outbox's meters: {@code sentia.outbox.pending} rows, age of the oldest pending row
 * ({@code sentia.outbox.oldest.pending.age}, seconds), and counters of published and
 * failed sends. The gauges show the last figures the relay read, so a scrape never
 * queries the database.
 */
public final class OutboxMetrics {

	private final Counter published;

	private final Counter failed;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicReference<@Nullable Instant> oldestPending = new AtomicReference<>();

	private final Clock clock;

	public OutboxMetrics(MeterRegistry registry, Clock clock) {
		this.clock = clock;
		this.published = Counter.builder("sentia.outbox.published")
			.description("Outbox events the broker acknowledged")
			.register(registry);
		this.failed = Counter.builder("sentia.outbox.failed")
			.description("Outbox sends that failed and will be retried")
			.register(registry);
		Gauge.builder("sentia.outbox.pending", this.pending, AtomicLong::get)
			.description("Outbox events not yet acknowledged by the broker")
			.register(registry);
		TimeGauge.builder("sentia.outbox.oldest.pending.age", this, TimeUnit.SECONDS, OutboxMetrics::oldestAgeSeconds)
			.description("Age of the oldest outbox event not yet acknowledged")
			.register(registry);
	}

	void published(int count) {
		this.published.increment(count);
	}

	void failed() {
		this.failed.increment();
	}

	void pending(long count, @Nullable Instant oldest) {
		this.pending.set(count);
		this.oldestPending.set(oldest);
	}

	private double oldestAgeSeconds() {
		Instant oldest = this.oldestPending.get();
		if (oldest == null) {
			return 0;
		}
		return Math.max(0, Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0);
	}

}
