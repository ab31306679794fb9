package io.sentia.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One sync run of one stream of one connection has ended, successfully or not.
 *
 * @param tenantId owning tenant
 * @param runId unique id of the run
 * @param connectionId the connection (one provider account or store) that was synced
 * @param provider {@code shopify} | {@code amazon} | {@code xero} | {@code unleashed} |
 * {@code mail}
 * @param stream what was synced, e.g. {@code orders}, {@code products}, {@code invoices}
 * @param startedAt when the run started
 * @param finishedAt when the run ended
 * @param durationMillis how long the run took, measured with a monotonic clock
 * @param counts how many records the run handled
 * @param outcome how the run ended
 * @param error why the run failed; required when it failed, absent when it succeeded
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SyncRunFinished(String tenantId, String runId, String connectionId, String provider, String stream,
		Instant startedAt, Instant finishedAt, long durationMillis, Counts counts, Outcome outcome,
		Failure error) implements SentiaEvent {

	public static final String TYPE = "sentia.integrations.sync-run.finished.v1";

	public SyncRunFinished {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(runId, "runId");
		Invariants.requiredText(connectionId, "connectionId");
		Invariants.requiredText(provider, "provider");
		Invariants.requiredText(stream, "stream");
		Invariants.required(startedAt, "startedAt");
		Invariants.required(finishedAt, "finishedAt");
		if (finishedAt.isBefore(startedAt)) {
			throw new IllegalArgumentException(
					"finishedAt " + finishedAt + " must not be before startedAt " + startedAt);
		}
		Invariants.notNegative(durationMillis, "durationMillis");
		Invariants.required(counts, "counts");
		Invariants.required(outcome, "outcome");
		if (outcome == Outcome.FAILED && error == null) {
			throw new IllegalArgumentException("error must be given when the run failed");
		}
		if (outcome == Outcome.SUCCEEDED && error != null) {
			throw new IllegalArgumentException("error must be null when the run succeeded");
		}
	}

	@Override
	public String entityId() {
		return this.connectionId + ":" + this.stream;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.INTEGRATIONS_SYNC;
	}

	/**
	 * Records handled by a run.
	 *
	 * @param read records read from the provider
	 * @param written records that changed and were published
	 * @param skipped records read but unchanged
	 * @param failed records that could not be mapped or stored
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Counts(long read, long written, long skipped, long failed) {

		public Counts {
			Invariants.notNegative(read, "counts.read");
			Invariants.notNegative(written, "counts.written");
			Invariants.notNegative(skipped, "counts.skipped");
			Invariants.notNegative(failed, "counts.failed");
		}

	}

	/** How a run ended. */
	public enum Outcome {

		/** Every record was handled. */
		@JsonProperty("succeeded")
		SUCCEEDED,

		/** The run finished but some records failed. */
		@JsonProperty("partial")
		PARTIAL,

		/** The run stopped early; the cursor was not advanced past the failure. */
		@JsonProperty("failed")
		FAILED

	}

	/**
	 * Why a run failed.
	 *
	 * @param code stable machine-readable cause, e.g. {@code auth_failed},
	 * {@code rate_limited}, {@code provider_unavailable}
	 * @param message human-readable detail, free of secrets
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Failure(String code, String message) {

		public Failure {
			Invariants.requiredText(code, "error.code");
			Invariants.requiredText(message, "error.message");
		}

	}

}
