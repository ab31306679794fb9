package io.sentia.integrations.connector;

/**
 * A call to a provider failed in a way the sync run reports. The message names the
 * provider's answer but never a secret.
 */
public class ProviderCallException extends RuntimeException {

	private final String code;

	/**
	 * @param code stable cause, e.g. {@code auth_failed}, {@code rate_limited},
	 * {@code provider_unavailable}, {@code bad_response}
	 * @param message what happened, secret-free
	 */
	public ProviderCallException(String code, String message) {
		super(message);
		this.code = code;
	}

	public ProviderCallException(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	/** Stable machine-readable cause, used as {@code SyncRunFinished.Failure.code}. */
	public String code() {
		return this.code;
	}

}
