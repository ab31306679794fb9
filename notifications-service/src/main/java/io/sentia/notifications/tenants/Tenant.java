package io.sentia.notifications.tenants;

import java.time.Instant;
import java.time.ZoneId;

import io.sentia.events.TenantCreated;
import io.sentia.events.TenantStatus;
import io.sentia.events.TenantUpdated;

/**
 * A tenant as notifications knows it.
 *
 * @param tenantId the tenant's id
 * @param name display name
 * @param timeZone IANA time zone of the tenant's working day
 * @param status whether the tenant may use the platform
 * @param updatedAt when the stored state was made at auth-service
 */
public record Tenant(String tenantId, String name, String timeZone, TenantStatus status, Instant updatedAt) {

	/** The zone a tenant not announced yet is treated in. */
	public static final ZoneId UNKNOWN_ZONE = ZoneId.of("UTC");

	static Tenant of(TenantCreated created) {
		return new Tenant(created.tenantId(), created.name(), created.timeZone(), TenantStatus.ACTIVE,
				created.createdAt());
	}

	static Tenant of(TenantUpdated updated) {
		return new Tenant(updated.tenantId(), updated.name(), updated.timeZone(), updated.status(),
				updated.updatedAt());
	}

	/**
	 * The tenant's zone.
	 * @return the zone, UTC when the stored name is not a known zone
	 */
	public ZoneId zone() {
		try {
			return ZoneId.of(this.timeZone);
		}
		catch (RuntimeException ex) {
			return UNKNOWN_ZONE;
		}
	}

	/**
	 * Whether the tenant may use the platform.
	 * @return {@code true} when active
	 */
	public boolean active() {
		return this.status == TenantStatus.ACTIVE;
	}

}
