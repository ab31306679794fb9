package io.sentia.analytics.cash.shortfall;

import java.util.Optional;

/**
 * What to do after a recomputation: which episode to keep stored, and whether to raise an
 * alert.
 */
public sealed interface ShortfallDecision {

	/**
	 * The episode to store for the tenant after this recomputation.
	 * @return the open episode, or empty to store none
	 */
	Optional<ShortfallEpisode> openEpisode();

	/**
	 * The alert to publish now.
	 * @return the alert, or empty to publish nothing
	 */
	default Optional<ShortfallAlert> alert() {
		return Optional.empty();
	}

	/** No week is below the minimum and no episode was open: nothing to do. */
	record NoShortfall() implements ShortfallDecision {

		@Override
		public Optional<ShortfallEpisode> openEpisode() {
			return Optional.empty();
		}

	}

	/**
	 * A week went below the minimum and no episode was open: store the episode and
	 * publish its alert.
	 *
	 * @param episode the new episode
	 * @param raise its alert
	 */
	record Opened(ShortfallEpisode episode, ShortfallAlert raise) implements ShortfallDecision {

		@Override
		public Optional<ShortfallEpisode> openEpisode() {
			return Optional.of(this.episode);
		}

		@Override
		public Optional<ShortfallAlert> alert() {
			return Optional.of(this.raise);
		}

	}

	/**
	 * A week is still below the minimum: keep the episode, publish nothing (its alert
	 * went out when it opened).
	 *
	 * @param episode the episode, unchanged
	 */
	record Continuing(ShortfallEpisode episode) implements ShortfallDecision {

		@Override
		public Optional<ShortfallEpisode> openEpisode() {
			return Optional.of(this.episode);
		}

	}

	/**
	 * No week is below the minimum any more: the episode is over; store none, and the
	 * next shortfall opens a new episode with a new alert.
	 *
	 * @param episode the episode that ended
	 */
	record Ended(ShortfallEpisode episode) implements ShortfallDecision {

		@Override
		public Optional<ShortfallEpisode> openEpisode() {
			return Optional.empty();
		}

	}

}
