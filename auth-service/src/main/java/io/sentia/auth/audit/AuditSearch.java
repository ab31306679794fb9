package io.sentia.auth.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.nio.charset.StandardCharsets;

import io.sentia.servicekit.sql.Where;
import io.sentia.servicekit.sql.Where.Comparison;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a tenant's audit log, newest first, a page at a time. Pages are cut by the
 * entry's sequence number (keyset paging), so entries appended while someone pages do not
 * shift or repeat what they see, and a deep page costs the same as the first.
 */
@Repository
public class AuditSearch {

	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper jsonMapper;

	AuditSearch(JdbcClient jdbc, JsonMapper jsonMapper) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Finds the entries a query asks for.
	 * @param query the query
	 * @return up to {@code query.limit()} entries and the cursor of the next page
	 */
	public AuditPage find(AuditQuery query) {
		Where where = Where.all()
			.andEqual("tenant_id", "tenantId", query.tenantId())
			.andIfPresent("occurred_at", Comparison.AT_LEAST, "from", query.from())
			.andIfPresent("occurred_at", Comparison.LESS_THAN, "to", query.to())
			.andEqualIfPresent("actor_id", "actor", query.actor())
			.andEqualIfPresent("action", "action", query.action())
			.andIfPresent("seq", Comparison.LESS_THAN, "before", query.before());
		List<Long> positions = new ArrayList<>();
		List<AuditRecord> records = where.statement(this.jdbc, """
				SELECT id, seq, occurred_at, actor_type, actor_id, actor_name, action, target_type, target_id,
				       outcome, client_address, trace_id, details::text AS details
				FROM audit_event
				WHERE {where}
				ORDER BY seq DESC LIMIT :limit
				""")
			// One more than asked tells whether there is a next page.
			.param("limit", query.limit() + 1)
			.query((rs, row) -> {
				positions.add(rs.getLong("seq"));
				return new AuditRecord(rs.getObject("id", UUID.class),
						rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor_type"),
						rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("action"),
						rs.getString("target_type"), rs.getString("target_id"), rs.getString("outcome"),
						rs.getString("client_address"), rs.getString("trace_id"),
						this.jsonMapper.readValue(rs.getString("details"), DETAILS));
			})
			.list();
		if (records.size() <= query.limit()) {
			return new AuditPage(records, null);
		}
		return new AuditPage(records.subList(0, query.limit()), cursor(positions.get(query.limit() - 1)));
	}

	/**
	 * Encodes a position as an opaque cursor.
	 * @param position the sequence number of the last entry of a page
	 * @return the cursor
	 */
	static String cursor(long position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("seq:" + position).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Decodes a cursor made by {@link #cursor(long)}.
	 * @param cursor the cursor
	 * @return the position, or empty if the text is not a cursor
	 */
	static OptionalLong position(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			if (!text.startsWith("seq:")) {
				return OptionalLong.empty();
			}
			long position = Long.parseLong(text.substring(4));
			return (position > 0) ? OptionalLong.of(position) : OptionalLong.empty();
		}
		catch (IllegalArgumentException ex) {
			return OptionalLong.empty();
		}
	}

}
