package io.sentia.notifications.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.sentia.notifications.delivery.Message;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code feed_item} table: each user's items, newest first.
 */
class FeedItems {

	private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FeedItems(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Adds the item of a delivery, unless an attempt before added it.
	 * @return whether it was added
	 */
	boolean add(String userId, Message message, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO feed_item (item_id, tenant_id, user_id, notification_id, event_type, kind, severity, stage,
				                       title, facts, link, created_at)
				VALUES (:id, :tenant, :user, (SELECT notification_id FROM delivery WHERE delivery_id = :id), :eventType,
				        :kind, :severity, :stage, :title, CAST(:facts AS jsonb), :link, :now)
				ON CONFLICT (item_id) DO NOTHING
				""")
			.param("id", message.deliveryId())
			.param("tenant", message.tenantId())
			.param("user", userId)
			.param("eventType", message.eventType())
			.param("kind", message.kind())
			.param("severity", message.severity())
			.param("stage", message.stage().name())
			.param("title", message.title())
			.param("facts", this.json.writeValueAsString(message.facts()))
			.param("link", (message.link() != null) ? message.link().toString() : null)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	List<FeedItem> page(String tenantId, String userId, boolean unreadOnly, int page, int size) {
		return this.jdbc
			.sql("SELECT * FROM feed_item WHERE tenant_id = :tenant AND user_id = :user"
					+ (unreadOnly ? " AND read_at IS NULL" : "")
					+ " ORDER BY created_at DESC, item_id LIMIT :size OFFSET :offset")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(this::item)
			.list();
	}

	long unread(String tenantId, String userId) {
		return this.jdbc
			.sql("SELECT count(*) FROM feed_item WHERE tenant_id = :tenant AND user_id = :user AND read_at IS NULL")
			.param("tenant", tenantId)
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	Optional<FeedItem> find(String tenantId, String userId, UUID itemId) {
		return this.jdbc.sql("SELECT * FROM feed_item WHERE tenant_id = :tenant AND user_id = :user AND item_id = :id")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("id", itemId)
			.query(this::item)
			.optional();
	}

	Optional<FeedItem> find(String tenantId, UUID itemId) {
		return this.jdbc.sql("SELECT * FROM feed_item WHERE tenant_id = :tenant AND item_id = :id")
			.param("tenant", tenantId)
			.param("id", itemId)
			.query(this::item)
			.optional();
	}

	void markRead(String tenantId, String userId, UUID itemId, Instant now) {
		this.jdbc.sql("""
				UPDATE feed_item SET read_at = :now
				WHERE tenant_id = :tenant AND user_id = :user AND item_id = :id AND read_at IS NULL
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("user", userId)
			.param("id", itemId)
			.update();
	}

	void markAcknowledged(String tenantId, String userId, UUID itemId, Instant now) {
		this.jdbc
			.sql("""
					UPDATE feed_item SET acknowledged_at = coalesce(acknowledged_at, :now), read_at = coalesce(read_at, :now)
					WHERE tenant_id = :tenant AND user_id = :user AND item_id = :id
					""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("user", userId)
			.param("id", itemId)
			.update();
	}

	private FeedItem item(ResultSet row, int number) throws SQLException {
		return new FeedItem(row.getObject("item_id", UUID.class), row.getObject("notification_id", UUID.class),
				row.getString("event_type"), row.getString("kind"), row.getString("severity"), row.getString("stage"),
				row.getString("title"), this.json.readValue(row.getString("facts"), FACTS), row.getString("link"),
				instant(row, "created_at"), instant(row, "read_at"), instant(row, "acknowledged_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
