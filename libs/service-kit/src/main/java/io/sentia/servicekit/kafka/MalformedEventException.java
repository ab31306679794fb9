package io.sentia.servicekit.kafka;

/**
 * A record that can never be processed as it is (missing or invalid {@code ce_*}
 * headers). The kit's error handler does not retry it but sends it straight to the
 * dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
