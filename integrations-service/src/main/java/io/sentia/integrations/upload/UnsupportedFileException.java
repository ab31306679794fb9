package io.sentia.integrations.upload;

/** The uploaded file is not a spreadsheet the upload path reads (answered 415). */
public class UnsupportedFileException extends RuntimeException {

	public UnsupportedFileException(String message) {
		super(message);
	}

}
