package io.sentia.analytics.cash.shortfall;

import java.time.Instant;
import java.util.Objects;

import io.sentia.events.AlertRaised;

/**
 * An open cash-shortfall episode, which the caller stores per tenant between
 * recomputations.
 *
 * @param dedupKey the dedup key of the episode's alert, unique per episode
 * @param openedAt when the recomputation that opened it ran
 * @param severity the severity its alert was raised with
 */
public record ShortfallEpisode(String dedupKey, Instant openedAt, AlertRaised.Severity severity) {

	public ShortfallEpisode {
		Objects.requireNonNull(dedupKey, "dedupKey");
		Objects.requireNonNull(openedAt, "openedAt");
		Objects.requireNonNull(severity, "severity");
	}

}
