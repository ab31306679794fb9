package io.sentia.notifications.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sentia.events.SyncRunFinished;
import io.sentia.events.SyncRunFinished.Outcome;
import io.sentia.events.Topics;
import io.sentia.notifications.rules.NotificationKinds;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Sync runs from {@code integrations.sync.v1}. A failed run opens a {@code sync_failed}
 * episode of its connection and stream; a run stopped because the connection is paused (a
 * provider limit, code {@code paused}) or refused (code {@code auth_failed}, expired
 * credentials) opens a {@code connection_paused} episode of the connection; records
 * quarantined in a run open a {@code sync_quarantine} episode whose count rules compare
 * with their threshold. A later run that succeeds closes them.
 */
class SyncListener {

	/** Name under which processed events are recorded; stable across releases. */
	static final String CONSUMER = "notifications.syncs";

	/** Failure codes that mean the connection cannot sync until something changes. */
	private static final Set<String> PAUSED = Set.of("paused", "auth_failed");

	private final EventConsumer.Handlers handlers;

	SyncListener(NotificationPlanner planner, EventConsumer events, AppLinks links, JsonMapper json, Clock clock) {
		this.handlers = events.handlers(CONSUMER).on(SyncRunFinished.class, (run) -> {
			Instant now = clock.instant();
			String data = json.writeValueAsString(run);
			Occurrence.Builder base = new Occurrence.Builder(run.tenantId(), "sync:" + run.runId(), run.runId(), data,
					links.page("/integrations/connections/" + run.connectionId()), run.finishedAt());
			String stream = run.connectionId() + ":" + run.stream();
			if (run.outcome() == Outcome.FAILED) {
				boolean paused = PAUSED.contains(run.error().code());
				String kind = paused ? NotificationKinds.CONNECTION_PAUSED : NotificationKinds.SYNC_FAILED;
				planner.plan(base.build(paused ? kind + ":" + run.connectionId() : kind + ":" + stream,
						paused ? "connection.paused" : "sync.failed", kind,
						"auth_failed".equals(run.error().code()) ? "critical" : "warning",
						title(run, paused ? "is paused" : "failed"), facts(run), null), now);
				return;
			}
			Occurrence recovered = base.build(null, "sync.recovered", NotificationKinds.SYNC_FAILED, "info",
					title(run, "works again"), facts(run), null);
			planner.resolve(run.tenantId(), NotificationKinds.SYNC_FAILED + ":" + stream, recovered, now);
			planner.resolve(run.tenantId(), NotificationKinds.CONNECTION_PAUSED + ":" + run.connectionId(), recovered,
					now);
			String quarantineKey = NotificationKinds.SYNC_QUARANTINE + ":" + stream;
			if (run.counts().failed() > 0) {
				planner.plan(base.build(quarantineKey, "sync.quarantined", NotificationKinds.SYNC_QUARANTINE, "warning",
						title(run, "quarantined " + run.counts().failed() + " records"), facts(run),
						run.counts().failed()), now);
			}
			else {
				planner.resolve(run.tenantId(), quarantineKey, recovered, now);
			}
		});
	}

	private static String title(SyncRunFinished run, String what) {
		return "The " + run.provider() + " " + run.stream() + " sync " + what;
	}

	private static Map<String, String> facts(SyncRunFinished run) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("provider", run.provider());
		facts.put("stream", run.stream());
		facts.put("connection", run.connectionId());
		facts.put("outcome", run.outcome().name().toLowerCase(java.util.Locale.ROOT));
		facts.put("read", Long.toString(run.counts().read()));
		facts.put("failed", Long.toString(run.counts().failed()));
		if (run.error() != null) {
			facts.put("error", run.error().code() + ": " + run.error().message());
		}
		return facts;
	}

	@KafkaListener(id = CONSUMER, topics = Topics.INTEGRATIONS_SYNC,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onSyncRuns(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.handlers.apply(records, acknowledgment);
	}

}
