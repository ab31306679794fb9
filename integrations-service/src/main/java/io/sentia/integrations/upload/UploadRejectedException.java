package io.sentia.integrations.upload;

/**
 * The upload as a whole cannot be read (unknown kind, missing required column, unreadable
 * file); nothing was imported and the message says what to fix (answered 400).
 */
public class UploadRejectedException extends RuntimeException {

	public UploadRejectedException(String message) {
		super(message);
	}

	public UploadRejectedException(String message, Throwable cause) {
		super(message, cause);
	}

}
