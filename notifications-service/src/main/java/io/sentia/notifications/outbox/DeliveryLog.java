package io.sentia.notifications.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the delivery log of a tenant and replays deliveries.
 */
class DeliveryLog {

	private final JdbcClient jdbc;

	private final DeliveryProperties properties;

	DeliveryLog(JdbcClient jdbc, DeliveryProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	List<DeliveryEntry> page(String tenantId, @Nullable String channel, @Nullable String target,
			@Nullable String status, int page, int size) {
		StringBuilder sql = new StringBuilder("SELECT * FROM delivery WHERE tenant_id = :tenant");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("tenant", tenantId);
		if (channel != null) {
			sql.append(" AND channel = :channel");
			parameters.put("channel", channel);
		}
		if (target != null) {
			sql.append(" AND target_id = :target");
			parameters.put("target", target);
		}
		if (status != null) {
			sql.append(" AND status = :status");
			parameters.put("status", status);
		}
		sql.append(" ORDER BY created_at DESC, sequence DESC LIMIT :size OFFSET :offset");
		parameters.put("size", size);
		parameters.put("offset", (long) page * size);
		List<DeliveryEntry> entries = this.jdbc.sql(sql.toString()).params(parameters).query(DeliveryLog::entry).list();
		return withAttempts(entries);
	}

	Optional<DeliveryEntry> find(String tenantId, UUID deliveryId) {
		return this.jdbc.sql("SELECT * FROM delivery WHERE tenant_id = :tenant AND delivery_id = :id")
			.param("tenant", tenantId)
			.param("id", deliveryId)
			.query(DeliveryLog::entry)
			.optional()
			.map((entry) -> withAttempts(List.of(entry)).getFirst());
	}

	/**
	 * Sends a finished delivery again: the same id (so receivers can tell), due now,
	 * retried for the channel's give-up time again.
	 * @return whether it was finished and is pending again
	 */
	boolean replay(String tenantId, UUID deliveryId, Instant now) {
		DeliveryEntry entry = find(tenantId, deliveryId).orElseThrow();
		Instant giveUpAt = now.plus(this.properties.policy(entry.channel()).giveUpAfter());
		return this.jdbc.sql("""
				UPDATE delivery SET status = 'pending', due_at = :now, give_up_at = :giveUpAt, lease_until = NULL,
				    last_reason = 'Replayed'
				WHERE tenant_id = :tenant AND delivery_id = :id AND status IN ('delivered', 'failed')
				""")
			.param("tenant", tenantId)
			.param("id", deliveryId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("giveUpAt", giveUpAt.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	private List<DeliveryEntry> withAttempts(List<DeliveryEntry> entries) {
		if (entries.isEmpty()) {
			return entries;
		}
		Map<UUID, List<DeliveryEntry.Attempt>> attempts = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT * FROM delivery_attempt WHERE delivery_id = ANY (:ids) ORDER BY delivery_id, attempt
				""").param("ids", entries.stream().map(DeliveryEntry::deliveryId).toArray(UUID[]::new)).query((row) -> {
			attempts.computeIfAbsent(row.getObject("delivery_id", UUID.class), (id) -> new ArrayList<>())
				.add(new DeliveryEntry.Attempt(row.getInt("attempt"),
						row.getObject("attempted_at", OffsetDateTime.class).toInstant(),
						(Integer) row.getObject("status_code"), row.getLong("took_millis"), row.getString("outcome"),
						row.getString("reason")));
		});
		return entries.stream()
			.map((entry) -> entry.withAttempts(attempts.getOrDefault(entry.deliveryId(), List.of())))
			.toList();
	}

	private static DeliveryEntry entry(ResultSet row, int number) throws SQLException {
		OffsetDateTime delivered = row.getObject("delivered_at", OffsetDateTime.class);
		return new DeliveryEntry(row.getObject("delivery_id", UUID.class), row.getObject("notification_id", UUID.class),
				io.sentia.notifications.delivery.Channel.valueOf(row.getString("channel")), row.getString("target_id"),
				row.getString("stage"), row.getString("event_type"), row.getString("kind"), row.getString("severity"),
				row.getString("title"), row.getString("status"), row.getInt("attempts"), row.getString("last_reason"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				row.getObject("due_at", OffsetDateTime.class).toInstant(),
				(delivered != null) ? delivered.toInstant() : null, List.of());
	}

}
