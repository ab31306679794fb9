package io.sentia.analytics.export;

/**
 * Neutralises text that a spreadsheet would run as a formula (OWASP "CSV injection"):
 * text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading single quote, so it is shown, never evaluated, in both CSV and
 * XLSX and when an XLSX is saved again as CSV. Numbers are never text, so a negative
 * amount stays a number.
 */
final class CellText {

	private CellText() {
	}

	static String neutralised(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}
