package io.sentia.integrations.connector;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Receives what a reader reads. Each page is mapped, validated, de-duplicated and
 * published in one transaction before the call returns, so a crash loses no page that was
 * acknowledged.
 */
public interface PageSink {

	/**
	 * Accepts one page.
	 * @param records the page's records
	 * @param progress where the read is
	 */
	void page(List<RawRecord> records, Progress progress);

	/** Whether the run was cancelled; readers stop paging when it is. */
	boolean cancelled();

	/**
	 * Where a read is after a page.
	 *
	 * @param total records the provider says the whole read has, or {@code null}
	 * @param token opaque cursor to resume from after this page (e.g. a delta link at the
	 * end of a read), or {@code null}
	 * @param providerNow the provider's own clock at this response (e.g. Xero
	 * {@code DateTimeUTC}), or {@code null}
	 */
	record Progress(@Nullable Long total, @Nullable String token, @Nullable Instant providerNow) {

		/** Progress with nothing known beyond the records themselves. */
		public static Progress none() {
			return new Progress(null, null, null);
		}

	}

}
