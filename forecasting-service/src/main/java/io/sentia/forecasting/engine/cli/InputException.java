package io.sentia.forecasting.engine.cli;

/**
 * Input the CLI refuses, with the line of the file that shows the problem (0 when no line
 * does).
 */
class InputException extends Exception {

	private final int line;

	InputException(int line, String message) {
		super(message);
		this.line = line;
	}

	int line() {
		return this.line;
	}

	String describe(String file) {
		return this.line > 0 ? file + ": line " + this.line + ": " + getMessage() : file + ": " + getMessage();
	}

}
