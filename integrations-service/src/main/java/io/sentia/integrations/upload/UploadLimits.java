package io.sentia.integrations.upload;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much of a spreadsheet an upload may hold ({@code sentia.integrations.uploads.*}).
 * Rows are read as a stream and reading stops at the first limit crossed, so an
 * over-limit file costs no more memory than the limits allow.
 *
 * @param maxRows data rows per file
 * @param maxColumns cells per row (the templates have at most 14 columns)
 * @param maxCells cells in the whole file (rows times their cells)
 * @param maxCellLength characters per cell
 * @param maxExpandedEntrySize uncompressed size of one part of an XLSX package
 * @param maxExpandedSize uncompressed size of all parts of an XLSX package together
 * @param minInflateRatio least compressed/uncompressed size of an XLSX part (0.01:
 * expanding more than 100-fold is taken for a zip bomb), checked once a part has expanded
 * past 1 MiB
 */
@Validated
@ConfigurationProperties("sentia.integrations.uploads")
public record UploadLimits(@Min(1) @DefaultValue("20000") int maxRows, @Min(1) @DefaultValue("100") int maxColumns,
		@Min(1) @DefaultValue("400000") long maxCells, @Min(1) @DefaultValue("4096") int maxCellLength,
		@NotNull @DefaultValue("128MB") DataSize maxExpandedEntrySize,
		@NotNull @DefaultValue("256MB") DataSize maxExpandedSize,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.01") double minInflateRatio) {

	/** The defaults, for code that reads files outside the service's configuration. */
	public static final UploadLimits DEFAULTS = new UploadLimits(20_000, 100, 400_000, 4096, DataSize.ofMegabytes(128),
			DataSize.ofMegabytes(256), 0.01);

	static final String PREFIX = "sentia.integrations.uploads.";

}
