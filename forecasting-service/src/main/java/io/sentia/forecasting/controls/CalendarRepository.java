package io.sentia.forecasting.controls;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tenant's calendar events with explicit SQL; every query filters by the tenant.
 */
class CalendarRepository {

	private static final String COLUMNS = """
			id, name, starts_on, ends_on, skus, channel, region, uplift_percent, created_by, created_at
			""";

	private final JdbcClient jdbc;

	CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tenantId, CalendarEvent event) {
		this.jdbc.sql("""
				INSERT INTO calendar_event (id, tenant_id, name, starts_on, ends_on, skus, channel, region,
				    uplift_percent, created_by, created_at)
				VALUES (:id, :tenant, :name, :from, :to, :skus, :channel, :region, :uplift, :by, :at)
				""")
			.param("id", event.id())
			.param("tenant", tenantId)
			.param("name", event.name())
			.param("from", event.from())
			.param("to", event.to())
			.param("skus", (event.skus() != null) ? event.skus().toArray(String[]::new) : null, Types.ARRAY)
			.param("channel", event.channel(), Types.VARCHAR)
			.param("region", event.region(), Types.VARCHAR)
			.param("uplift", event.upliftPercent())
			.param("by", event.createdBy())
			.param("at", OffsetDateTime.ofInstant(event.createdAt(), ZoneOffset.UTC))
			.update();
	}

	/** Events touching the period (either bound open when null), by start. */
	List<CalendarEvent> list(String tenantId, @Nullable LocalDate from, @Nullable LocalDate to) {
		return this.jdbc.sql("""
				SELECT %s FROM calendar_event
				WHERE tenant_id = :tenant AND deleted_at IS NULL AND ends_on >= coalesce(CAST(:from AS date), ends_on)
				  AND starts_on <= coalesce(CAST(:to AS date), starts_on)
				ORDER BY starts_on, name, id
				""".formatted(COLUMNS))
			.param("tenant", tenantId)
			.param("from", from, Types.DATE)
			.param("to", to, Types.DATE)
			.query((row, number) -> event(row))
			.list();
	}

	/**
	 * Removes the event from the calendar, keeping who removed it; removing it again
	 * changes nothing.
	 * @return whether the tenant has or had the event
	 */
	boolean remove(String tenantId, UUID id, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE calendar_event SET deleted_by = :by, deleted_at = :at
				WHERE tenant_id = :tenant AND id = :id AND deleted_at IS NULL
				""")
			.param("tenant", tenantId)
			.param("id", id)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar_event WHERE tenant_id = :tenant AND id = :id)")
			.param("tenant", tenantId)
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private static CalendarEvent event(ResultSet row) throws SQLException {
		Array skus = row.getArray("skus");
		return new CalendarEvent(row.getObject("id", UUID.class), row.getString("name"),
				row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class),
				(skus != null) ? Arrays.stream((Object[]) skus.getArray()).map(String::valueOf).toList() : null,
				row.getString("channel"), row.getString("region"), row.getDouble("uplift_percent"),
				row.getString("created_by"), row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
