package io.sentia.integrations.upload;

/**
 * A file goes beyond one of the {@link UploadLimits}; reading stopped there and nothing
 * was imported. Answered 413 when the file is too big to process and 422 when its shape
 * is refused (a row too wide, a cell too long, a workbook that expands like a zip bomb).
 */
public class UploadLimitException extends UploadRejectedException {

	private final String limit;

	private final Object max;

	private final boolean tooLarge;

	private UploadLimitException(String message, String limit, Object max, boolean tooLarge) {
		super(message);
		this.limit = limit;
		this.max = max;
		this.tooLarge = tooLarge;
	}

	/** A limit on how much the file holds (rows, cells, expanded size): 413. */
	static UploadLimitException tooLarge(String message, String limit, Object max) {
		return new UploadLimitException(message, limit, max, true);
	}

	/** A limit on the file's shape (columns, cell length, compression): 422. */
	static UploadLimitException refused(String message, String limit, Object max) {
		return new UploadLimitException(message, limit, max, false);
	}

	/**
	 * The configuration property of the limit, e.g.
	 * {@code sentia.integrations.uploads.max-rows}.
	 */
	public String limit() {
		return this.limit;
	}

	/** The limit's value. */
	public Object max() {
		return this.max;
	}

	/** {@code true} for 413 (too much), {@code false} for 422 (refused shape). */
	public boolean tooLarge() {
		return this.tooLarge;
	}

}
