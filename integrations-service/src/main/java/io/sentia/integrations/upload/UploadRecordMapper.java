package io.sentia.integrations.upload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;

/**
 * Maps the rows of one upload record to its canonical event, validating every cell first
 * so a rejected record names each row, column and problem. One mapper per
 * {@link UploadKind}; the same mappers serve uploads, mail attachments and quarantine
 * re-processing.
 */
public abstract sealed class UploadRecordMapper implements RecordMapper
		permits OrderRowsMapper, ProductRowsMapper, InventoryRowsMapper, PurchaseOrderRowsMapper, InvoiceRowsMapper {

	private static final Map<UploadKind, UploadRecordMapper> MAPPERS = mappers();

	/** The mapper of a kind. */
	public static UploadRecordMapper of(UploadKind kind) {
		return MAPPERS.get(kind);
	}

	/** The kind this mapper reads. */
	public abstract UploadKind kind();

	@Override
	public final List<SentiaEvent> map(RawRecord record, MappingContext context) {
		UploadRecord upload = UploadRecord.of(record);
		RowReader reader = new RowReader();
		if (!kind().hasLines()) {
			UploadRow first = upload.rows().getFirst();
			for (UploadRow repeated : upload.rows().subList(1, upload.rows().size())) {
				reader.problem(repeated.row(), null, "repeats " + String.join(" and ", kind().keyColumns()) + " of row "
						+ first.row() + "; keep one row per " + String.join(" and ", kind().keyColumns()));
			}
		}
		List<SentiaEvent> events;
		try {
			events = build(upload, reader, context);
		}
		catch (RecordRejectedException ex) {
			reader.problem(upload.rows().getFirst().row(), null, ex.getMessage());
			events = List.of();
		}
		catch (IllegalArgumentException ex) {
			// the event's own invariants, e.g. a line total in another currency
			reader.problem(upload.rows().getFirst().row(), null, ex.getMessage());
			events = List.of();
		}
		if (reader.hasProblems()) {
			throw new RowsRejectedException(reader.problems());
		}
		return events;
	}

	/**
	 * The problems that keep a record from mapping, without publishing anything.
	 * @return the problems, empty when the record maps
	 */
	public List<RowProblem> problems(RawRecord record, MappingContext context) {
		try {
			map(record, context);
			return List.of();
		}
		catch (RowsRejectedException ex) {
			return ex.problems();
		}
	}

	/**
	 * Reads the record's rows with {@code reader} and builds its events; returns nothing
	 * useful once {@code reader} has problems (they reject the record).
	 */
	abstract List<SentiaEvent> build(UploadRecord record, RowReader reader, MappingContext context);

	static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
		return (value != null) ? value : fallback;
	}

	/** Line ids as given, else the row's position in the record (1, 2, …); unique. */
	static List<String> lineIds(List<UploadRow> rows, RowReader reader) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			String id = reader.text(rows.get(i), "line_id", false);
			id = (id != null) ? id : String.valueOf(i + 1);
			if (ids.contains(id)) {
				reader.problem(rows.get(i).row(), "line_id", "line " + id + " appears twice in the same record");
			}
			ids.add(id);
		}
		return ids;
	}

	private static Map<UploadKind, UploadRecordMapper> mappers() {
		Map<UploadKind, UploadRecordMapper> mappers = new EnumMap<>(UploadKind.class);
		for (UploadRecordMapper mapper : List.of(new OrderRowsMapper(), new ProductRowsMapper(),
				new InventoryRowsMapper(), new PurchaseOrderRowsMapper(), new InvoiceRowsMapper())) {
			mappers.put(mapper.kind(), mapper);
		}
		return mappers;
	}

}
