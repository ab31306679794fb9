package io.sentia.servicekit.crypto;

/**
 * A sealed secret does not open: it is too short or malformed, was changed, belongs to
 * something else, or its key-encryption key is not configured. The message names which,
 * never a byte of the secret or a key.
 */
public class SealedSecretException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public SealedSecretException(String message) {
		super(message);
	}

	public SealedSecretException(String message, Throwable cause) {
		super(message, cause);
	}

}
