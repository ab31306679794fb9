package io.sentia.integrations.demo;

import java.time.Instant;

/**
 * How far loading a dataset has come, as recorded in {@code demo_dataset_load}.
 *
 * @param eventsTotal events in the dataset
 * @param eventsPublished events written to the outbox so far
 * @param batchSize events per batch for this load
 * @param startedAt when loading started
 * @param finishedAt when the last batch committed, or {@code null}
 */
record DemoLoadProgress(int eventsTotal, int eventsPublished, int batchSize, Instant startedAt, Instant finishedAt) {

	boolean finished() {
		return this.finishedAt != null;
	}

	int batchesTotal() {
		return ceilDiv(this.eventsTotal, this.batchSize);
	}

	int batchesDone() {
		return ceilDiv(this.eventsPublished, this.batchSize);
	}

	private static int ceilDiv(int value, int divisor) {
		return (value + divisor - 1) / divisor;
	}

}
