package io.sentia.integrations.connector;

/**
 * A record cannot become a valid event. The message says what is wrong and what would fix
 * it (e.g. "line 3 has no SKU; map product 632910392 to a SKU").
 */
public class RecordRejectedException extends RuntimeException {

	public RecordRejectedException(String reason) {
		super(reason);
	}

	public RecordRejectedException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
