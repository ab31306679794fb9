package io.sentia.integrations.upload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.sentia.integrations.connector.RawRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of an upload that make one record (an order and its lines, one product), as
 * the JSON of a {@link RawRecord}: quarantine keeps exactly what the file said.
 *
 * @param kind the upload's kind id
 * @param receivedAt when the file arrived; the default for "last changed" columns
 * @param rows the record's rows in file order
 */
public record UploadRecord(String kind, Instant receivedAt, List<UploadRow> rows) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public UploadRecord {
		rows = List.copyOf(rows);
	}

	/** Reads a record back from a raw record's JSON. */
	static UploadRecord of(RawRecord record) {
		return JSON.readValue(record.json(), UploadRecord.class);
	}

	/** The row numbers of the record, e.g. for the report. */
	List<Integer> rowNumbers() {
		return this.rows.stream().map(UploadRow::row).toList();
	}

	/**
	 * Groups rows into records by the kind's key columns, in order of first appearance. A
	 * row with a blank key column becomes a record of its own, which its mapper rejects.
	 * @return the raw records, external id = the key values joined by {@code :}
	 */
	static List<RawRecord> group(UploadKind kind, Instant receivedAt, List<UploadRow> rows) {
		Map<String, List<UploadRow>> byKey = new LinkedHashMap<>();
		for (UploadRow row : rows) {
			List<String> key = kind.keyColumns().stream().map(row::value).toList();
			String externalId = key.stream().anyMatch(String::isBlank) ? "row:" + row.row()
					: key.stream().collect(Collectors.joining(":"));
			byKey.computeIfAbsent(externalId, (id) -> new ArrayList<>()).add(row);
		}
		List<RawRecord> records = new ArrayList<>(byKey.size());
		byKey.forEach((externalId, group) -> records.add(new RawRecord(externalId, null,
				JSON.writeValueAsString(new UploadRecord(kind.id(), receivedAt, group)))));
		return records;
	}

}
