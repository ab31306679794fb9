package io.sentia.integrations.connector;

import java.util.List;

/**
 * What ingesting a batch did.
 *
 * @param read records received
 * @param changed records whose events were new or changed and were published
 * @param unchanged records identical to what was last published
 * @param rejections records quarantined, with reasons
 */
public record IngestResult(long read, long changed, long unchanged, List<Rejection> rejections) {

	public IngestResult {
		rejections = List.copyOf(rejections);
	}

	/** Records quarantined. */
	public long rejected() {
		return this.rejections.size();
	}

	/**
	 * One quarantined record.
	 *
	 * @param externalId the record's id
	 * @param reason what is wrong and how to fix it
	 */
	public record Rejection(String externalId, String reason) {
	}

}
