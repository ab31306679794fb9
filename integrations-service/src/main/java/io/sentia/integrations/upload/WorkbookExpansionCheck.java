package io.sentia.integrations.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Inflates every part of an XLSX package once, into nothing, counting what it really
 * expands to and how many compressed bytes that took (sizes declared in the ZIP are not
 * trusted), and refuses a package whose part or total goes beyond the limits or expands
 * like a zip bomb. It reads the package with the ZIP reader fastexcel then uses, so both
 * see the same parts; memory stays at one small buffer whatever the package holds.
 */
final class WorkbookExpansionCheck {

	/** Parts below this size may compress as well as they like (POI's grace size). */
	private static final long RATIO_GRACE = 1024 * 1024;

	private WorkbookExpansionCheck() {
	}

	static void check(byte[] content, UploadLimits limits) {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			Enumeration<ZipArchiveEntry> entries = zip.getEntries();
			while (entries.hasMoreElements()) {
				ZipArchiveEntry entry = entries.nextElement();
				try (InputStream in = zip.getInputStream(entry)) {
					long expanded = 0;
					int read;
					while ((read = in.read(buffer)) > 0) {
						expanded += read;
						total += read;
						refuseBeyondLimits(entry.getName(), expanded, total, compressed(in, expanded), limits);
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UploadRejectedException(
					"the Excel workbook cannot be read (" + ex.getMessage() + "); save it again as .xlsx and upload it",
					ex);
		}
	}

	private static long compressed(InputStream in, long expanded) {
		// A stored (uncompressed) part takes as many bytes as it gives.
		return (in instanceof InputStreamStatistics statistics) ? statistics.getCompressedCount() : expanded;
	}

	private static void refuseBeyondLimits(String part, long expanded, long total, long compressed,
			UploadLimits limits) {
		if (expanded > limits.maxExpandedEntrySize().toBytes()) {
			throw UploadLimitException.tooLarge(
					"the workbook part " + part + " expands beyond " + limits.maxExpandedEntrySize().toMegabytes()
							+ " MiB; save a smaller workbook or split it",
					UploadLimits.PREFIX + "max-expanded-entry-size", limits.maxExpandedEntrySize().toString());
		}
		if (total > limits.maxExpandedSize().toBytes()) {
			throw UploadLimitException.tooLarge(
					"the workbook expands beyond " + limits.maxExpandedSize().toMegabytes()
							+ " MiB; save a smaller workbook or split it",
					UploadLimits.PREFIX + "max-expanded-size", limits.maxExpandedSize().toString());
		}
		if (expanded > RATIO_GRACE && (double) compressed / expanded < limits.minInflateRatio()) {
			throw UploadLimitException.refused(
					"the workbook part " + part + " expands more than " + Math.round(1 / limits.minInflateRatio())
							+ "-fold, as a zip bomb does; save the workbook again from a spreadsheet program",
					UploadLimits.PREFIX + "min-inflate-ratio", limits.minInflateRatio());
		}
	}

}
