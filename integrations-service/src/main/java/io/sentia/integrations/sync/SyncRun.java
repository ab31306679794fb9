package io.sentia.integrations.sync;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One run of one stream of one connection, as stored and shown.
 *
 * @param id run id
 * @param connectionId the connection
 * @param stream the stream
 * @param kind incremental, backfill or reconcile
 * @param status queued, running, succeeded, partial or failed
 * @param windowFrom start of what the run reads
 * @param windowTo end of what the run reads, or {@code null} for "until now"
 * @param read records read
 * @param changed records whose events were published
 * @param rejected records quarantined
 * @param total records the provider said the read has, or {@code null}
 * @param errorCode why it failed, or {@code null}
 * @param errorMessage the failure in words, or {@code null}
 * @param requestedAt when it was asked for
 * @param startedAt when it started, or {@code null}
 * @param finishedAt when it ended, or {@code null}
 */
public record SyncRun(UUID id, UUID connectionId, String stream, String kind, String status,
		@Nullable Instant windowFrom, @Nullable Instant windowTo, long read, long changed, long rejected,
		@Nullable Long total, @Nullable String errorCode, @Nullable String errorMessage, Instant requestedAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt) {

	/** Whether the run has ended. */
	public boolean finished() {
		return this.finishedAt != null;
	}

}
