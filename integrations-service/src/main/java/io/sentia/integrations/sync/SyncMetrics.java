package io.sentia.integrations.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.sentia.events.SyncRunFinished;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.IngestResult;
import org.jspecify.annotations.Nullable;

/**
 * Sync health in Prometheus: records by outcome, runs by outcome, and per connection and
 * stream the age of the last successful run and the lag of the cursor behind now.
 */
class SyncMetrics {

	private final MeterRegistry registry;

	private final Clock clock;

	private final Map<String, StreamHealth> health = new ConcurrentHashMap<>();

	SyncMetrics(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	void records(ConnectionSpec connection, String stream, IngestResult result) {
		Tags tags = Tags.of("provider", connection.provider().id(), "stream", stream);
		this.registry.counter("sentia.sync.records", tags.and("outcome", "changed")).increment(result.changed());
		this.registry.counter("sentia.sync.records", tags.and("outcome", "unchanged")).increment(result.unchanged());
		this.registry.counter("sentia.sync.records", tags.and("outcome", "rejected")).increment(result.rejected());
	}

	void finished(ConnectionSpec connection, String stream, SyncRunFinished.Outcome outcome, Instant at,
			@Nullable Instant cursor) {
		Tags tags = Tags.of("provider", connection.provider().id(), "stream", stream);
		this.registry
			.counter("sentia.sync.runs", tags.and("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)))
			.increment();
		StreamHealth health = this.health.computeIfAbsent(connection.id() + "|" + stream, (key) -> {
			StreamHealth created = new StreamHealth();
			Tags streamTags = tags.and("connection", connection.id().toString());
			Gauge.builder("sentia.sync.last.success.age", created, (h) -> seconds(h.lastSuccess))
				.description("Seconds since the stream's last successful run")
				.baseUnit("seconds")
				.tags(streamTags)
				.register(this.registry);
			Gauge.builder("sentia.sync.lag", created, (h) -> seconds(h.cursor))
				.description("Seconds the stream's cursor is behind now")
				.baseUnit("seconds")
				.tags(streamTags)
				.register(this.registry);
			return created;
		});
		if (outcome != SyncRunFinished.Outcome.FAILED) {
			health.lastSuccess = at;
		}
		if (cursor != null) {
			health.cursor = cursor;
		}
	}

	private double seconds(@Nullable Instant since) {
		return (since != null) ? Duration.between(since, this.clock.instant()).toMillis() / 1000.0 : Double.NaN;
	}

	private static final class StreamHealth {

		private volatile @Nullable Instant lastSuccess;

		private volatile @Nullable Instant cursor;

	}

}
