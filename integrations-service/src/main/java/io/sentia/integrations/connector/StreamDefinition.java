package io.sentia.integrations.connector;

import java.time.Duration;

/**
 * How a stream is read incrementally.
 *
 * @param name stream name, e.g. {@code orders}
 * @param overlap how far before the cursor each incremental read starts again, because
 * the provider's "modified since" is inclusive or lags
 * @param lag reads end at "provider now minus lag" (Amazon: 2 minutes); zero for none
 * @param backfillWindow size of the date windows a backfill is cut into
 * @param windowed whether the reader honours an upper bound; streams that cannot filter
 * by time (e.g. a delta link) read everything since their token
 */
public record StreamDefinition(String name, Duration overlap, Duration lag, Duration backfillWindow, boolean windowed) {

	/** A time-windowed stream. */
	public static StreamDefinition windowed(String name, Duration overlap, Duration lag, Duration backfillWindow) {
		return new StreamDefinition(name, overlap, lag, backfillWindow, true);
	}

}
