package io.sentia.testkit;

/**
 * A test server could not be found or started; the message says what was tried and what
 * to do.
 */
public class InfrastructureUnavailableException extends IllegalStateException {

	public InfrastructureUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
