package io.sentia.notifications.tenants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import io.sentia.events.TenantStatus;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code tenant} read model. A state is stored unless one at least as new is stored
 * already, so TenantCreated arriving after TenantUpdated changes nothing.
 */
public class TenantDirectory {

	private final JdbcClient jdbc;

	public TenantDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void upsert(Tenant tenant) {
		this.jdbc.sql("""
				INSERT INTO tenant (tenant_id, name, time_zone, status, updated_at)
				VALUES (:tenant, :name, :timeZone, :status, :updatedAt)
				ON CONFLICT (tenant_id) DO UPDATE SET
				    name = EXCLUDED.name, time_zone = EXCLUDED.time_zone, status = EXCLUDED.status,
				    updated_at = EXCLUDED.updated_at
				WHERE tenant.updated_at < EXCLUDED.updated_at
				""")
			.param("tenant", tenant.tenantId())
			.param("name", tenant.name())
			.param("timeZone", tenant.timeZone())
			.param("status", tenant.status().name().toLowerCase(Locale.ROOT))
			.param("updatedAt", tenant.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * The tenant, if auth-service has announced it.
	 * @param tenantId the tenant
	 * @return the tenant, or empty while it is not known (yet)
	 */
	public Optional<Tenant> find(String tenantId) {
		return this.jdbc.sql("SELECT * FROM tenant WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query(TenantDirectory::tenant)
			.optional();
	}

	/**
	 * The zone a tenant's quiet hours and digests are kept in.
	 * @param tenantId the tenant
	 * @return its zone, UTC while it is not known
	 */
	public ZoneId zone(String tenantId) {
		return find(tenantId).map(Tenant::zone).orElse(Tenant.UNKNOWN_ZONE);
	}

	private static Tenant tenant(ResultSet row, int number) throws SQLException {
		return new Tenant(row.getString("tenant_id"), row.getString("name"), row.getString("time_zone"),
				TenantStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
				row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
