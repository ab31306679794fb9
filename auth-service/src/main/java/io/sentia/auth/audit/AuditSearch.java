package io.sentia.auth.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.nio.charset.StandardCharsets;

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
		StringBuilder sql = new StringBuilder("""
				SELECT id, seq, occurred_at, actor_type, actor_id, actor_name, action, target_type, target_id,
				       outcome, client_address, trace_id, details::text AS details
				FROM audit_event
				WHERE tenant_id = :tenantId
				""");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("tenantId", query.tenantId());
		if (query.from() != null) {
			sql.append(" AND occurred_at >= :from");
			params.put("from", query.from().atOffset(ZoneOffset.UTC));
		}
		if (query.to() != null) {
			sql.append(" AND occurred_at < :to");
			params.put("to", query.to().atOffset(ZoneOffset.UTC));
		}
		if (query.actor() != null) {
			sql.append(" AND actor_id = :actor");
			params.put("actor", query.actor());
		}
		if (query.action() != null) {
			sql.append(" AND action = :action");
			params.put("action", query.action());
		}
		if (query.before() != null) {
			sql.append(" AND seq < :before");
			params.put("before", query.before());
		}
		// One more than asked tells whether there is a next page.
		sql.append(" ORDER BY seq DESC LIMIT :limit");
		params.put("limit", query.limit() + 1);
		List<Long> positions = new ArrayList<>();
		List<AuditRecord> records = this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			positions.add(rs.getLong("seq"));
			return new AuditRecord(rs.getObject("id", java.util.UUID.class),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor_type"),
					rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("action"),
					rs.getString("target_type"), rs.getString("target_id"), rs.getString("outcome"),
					rs.getString("client_address"), rs.getString("trace_id"),
					this.jsonMapper.readValue(rs.getString("details"), DETAILS));
		}).list();
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
