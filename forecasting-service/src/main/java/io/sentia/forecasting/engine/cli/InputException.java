package io.sentia.forecasting.engine.cli;

import org.jspecify.annotations.Nullable;

/**
 * Input the CLI refuses, with the line of the file that shows the problem (0 when no line
 * does) and, when one field does, its column (1-based) and header name.
 */
class InputException extends Exception {

	private final int line;

	private final int column;

	private final @Nullable String columnName;

	InputException(int line, String message) {
		this(line, 0, null, message);
	}

	InputException(int line, int column, @Nullable String columnName, String message) {
		super(message);
		this.line = line;
		this.column = column;
		this.columnName = columnName;
	}

	int line() {
		return this.line;
	}

	int column() {
		return this.column;
	}

	String describe(String file) {
		if (this.line <= 0) {
			return file + ": " + getMessage();
		}
		String where = file + ": line " + this.line;
		if (this.column > 0) {
			where += ", column " + this.column + ((this.columnName != null) ? " (" + this.columnName + ")" : "");
		}
		return where + ": " + getMessage();
	}

}
