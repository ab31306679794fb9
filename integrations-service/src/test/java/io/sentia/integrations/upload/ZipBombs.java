package io.sentia.integrations.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Crafted XLSX zip bombs: a real workbook whose sheet XML is padded with whitespace
 * inside {@code <sheetData>} (still valid XML), so it compresses about a thousand-fold.
 */
final class ZipBombs {

	private ZipBombs() {
	}

	/**
	 * A small products workbook whose sheet expands to about {@code padding} bytes more.
	 * @param padding bytes of whitespace added to the sheet
	 * @return the workbook's bytes
	 */
	static byte[] workbook(long padding) throws IOException {
		byte[] original = UploadControllerTests.productsWorkbook(1, List.of());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(original)).get();
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content;
				try (InputStream part = in.getInputStream(entry)) {
					content = part.readAllBytes();
				}
				if (entry.getName().startsWith("xl/worksheets/")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
					zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1024 * 1024];
					Arrays.fill(spaces, (byte) ' ');
					for (long written = 0; written < padding; written += spaces.length) {
						zip.write(spaces, 0, (int) Math.min(spaces.length, padding - written));
					}
					zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
				}
				else {
					zip.write(content);
				}
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
