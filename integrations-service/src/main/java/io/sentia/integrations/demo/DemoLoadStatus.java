package io.sentia.integrations.demo;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the demo dataset is in the outbox yet, for the dataset endpoint.
 *
 * @param state {@code not_started} | {@code loading} | {@code loaded} | {@code failed}
 * @param percent share of events published, 0 to 100
 * @param batchesDone batches committed
 * @param batchesTotal batches in the dataset, 0 before loading starts
 * @param eventsPublished events written to the outbox
 * @param eventsTotal events in the dataset, 0 before loading starts
 * @param startedAt when loading started, or {@code null}
 * @param finishedAt when loading finished, or {@code null}
 * @param lastError why this instance's last attempt failed, or {@code null}
 */
public record DemoLoadStatus(String state, int percent, int batchesDone, int batchesTotal, int eventsPublished,
		int eventsTotal, Instant startedAt, Instant finishedAt, String lastError) {

	static DemoLoadStatus of(Optional<DemoLoadProgress> recorded, boolean failed, String lastError) {
		if (recorded.isEmpty()) {
			return new DemoLoadStatus(failed ? "failed" : "not_started", 0, 0, 0, 0, 0, null, null, lastError);
		}
		DemoLoadProgress progress = recorded.get();
		String state = progress.finished() ? "loaded" : (failed ? "failed" : "loading");
		int percent = (progress.eventsTotal() == 0) ? 100
				: (int) (100L * progress.eventsPublished() / progress.eventsTotal());
		return new DemoLoadStatus(state, percent, progress.batchesDone(), progress.batchesTotal(),
				progress.eventsPublished(), progress.eventsTotal(), progress.startedAt(), progress.finishedAt(),
				progress.finished() ? null : lastError);
	}

}
