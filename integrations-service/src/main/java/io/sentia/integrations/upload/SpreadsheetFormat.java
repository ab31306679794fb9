package io.sentia.integrations.upload;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The spreadsheet formats uploads accept, told apart by name and content: an XLSX file is
 * a ZIP package, a CSV file is UTF-8 text.
 */
public enum SpreadsheetFormat {

	CSV, XLSX;

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/**
	 * Detects the format of an uploaded file.
	 * @param fileName the file's name as uploaded (may be blank)
	 * @param content the file's bytes
	 * @return the format
	 * @throws UnsupportedFileException when the file is neither a CSV nor an XLSX file
	 */
	public static SpreadsheetFormat detect(String fileName, byte[] content) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		boolean zip = content.length >= 4 && Arrays.equals(content, 0, 4, ZIP_MAGIC, 0, 4);
		if (zip && (name.endsWith(".xlsx") || !name.contains("."))) {
			return XLSX;
		}
		if (!zip && (name.endsWith(".csv") || name.endsWith(".txt") || !name.contains(".")) && isText(content)) {
			return CSV;
		}
		throw new UnsupportedFileException("'" + fileName
				+ "' is not a CSV (UTF-8 text, .csv) or Excel workbook (.xlsx) file; save it as one of those and upload again");
	}

	/**
	 * Whether the bytes are UTF-8 text without NUL, decoded through a small buffer so a
	 * large file is never copied as characters.
	 */
	private static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return !decoder.flush(out.clear()).isError();
			}
			out.clear();
		}
	}

}
