package io.sentia.integrations.upload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordRejectedException;

/**
 * A spreadsheet read against its kind's template and cut into records, ready to ingest:
 * reading it checks the file type and header, so a file that fails here imports nothing.
 *
 * @param kind what the file holds
 * @param format CSV or XLSX
 * @param rows data rows in the file
 * @param records the records, in file order
 * @param rowsOf the file row numbers of each record, by external id
 */
public record PreparedUpload(UploadKind kind, SpreadsheetFormat format, int rows, List<RawRecord> records,
		Map<String, List<Integer>> rowsOf) {

	/**
	 * Reads a file.
	 * @param kind what the file holds
	 * @param fileName the file's name, for type detection
	 * @param content the file's bytes
	 * @param mapping template column to file column for files whose headers differ
	 * @param receivedAt when the file arrived
	 * @throws UnsupportedFileException when the file is not CSV or XLSX
	 * @throws UploadRejectedException when it cannot be read or lacks required columns
	 */
	public static PreparedUpload read(UploadKind kind, String fileName, byte[] content, Map<String, String> mapping,
			Instant receivedAt) {
		return read(kind, fileName, content, mapping, receivedAt, UploadLimits.DEFAULTS);
	}

	/**
	 * Reads a file within the given limits.
	 * @throws UploadLimitException when the file goes beyond a limit
	 * @see #read(UploadKind, String, byte[], Map, Instant)
	 */
	public static PreparedUpload read(UploadKind kind, String fileName, byte[] content, Map<String, String> mapping,
			Instant receivedAt, UploadLimits limits) {
		SpreadsheetFormat format = SpreadsheetFormat.detect(fileName, content);
		Spreadsheet sheet = Spreadsheet.read(format, content, limits);
		ColumnMapping columns = ColumnMapping.resolve(kind, sheet.header(), mapping);
		List<UploadRow> rows = sheet.rows().stream().map(columns::row).toList();
		if (rows.isEmpty()) {
			throw new UploadRejectedException("the file has a header but no data rows");
		}
		List<RawRecord> records = UploadRecord.group(kind, receivedAt, rows);
		Map<String, List<Integer>> rowsOf = new HashMap<>();
		for (RawRecord record : records) {
			rowsOf.put(record.externalId(), UploadRecord.of(record).rowNumbers());
		}
		return new PreparedUpload(kind, format, rows.size(), records, rowsOf);
	}

	/** The mapper of this upload's kind. */
	public UploadRecordMapper mapper() {
		return UploadRecordMapper.of(this.kind);
	}

	/**
	 * The outcome of ingesting this upload: counts by row and the report of every
	 * quarantined row, with the mapper's problems by column where it found them and the
	 * ingestor's reason otherwise.
	 */
	public UploadOutcome outcome(IngestResult result, IngestSource source) {
		MappingContext validation = new ProviderSkuContext(source);
		Set<String> rejected = new java.util.LinkedHashSet<>();
		Map<String, String> reasons = new HashMap<>();
		for (IngestResult.Rejection rejection : result.rejections()) {
			rejected.add(rejection.externalId());
			reasons.put(rejection.externalId(), rejection.reason());
		}
		List<RowProblem> report = new ArrayList<>();
		int quarantined = 0;
		for (RawRecord record : this.records) {
			if (!rejected.contains(record.externalId())) {
				continue;
			}
			List<Integer> rowNumbers = this.rowsOf.get(record.externalId());
			quarantined += rowNumbers.size();
			List<RowProblem> problems = mapper().problems(record, validation);
			if (problems.isEmpty()) {
				rowNumbers.forEach((row) -> report.add(new RowProblem(row, null, reasons.get(record.externalId()))));
			}
			else {
				report.addAll(problems);
			}
		}
		report.sort(java.util.Comparator.comparingInt(RowProblem::row));
		return new UploadOutcome(this.rows, this.rows - quarantined, quarantined, report);
	}

	/** Takes the file's SKUs as they are, to find a record's own mistakes. */
	private record ProviderSkuContext(IngestSource source) implements MappingContext {

		@Override
		public String sku(String sourceSku, String productRef) {
			if (sourceSku == null || sourceSku.isBlank()) {
				throw new RecordRejectedException("no SKU for " + productRef);
			}
			return sourceSku;
		}

	}

}
