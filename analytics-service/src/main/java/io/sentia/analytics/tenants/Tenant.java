package io.sentia.analytics.tenants;

import java.time.Instant;

import io.sentia.events.TenantCreated;
import io.sentia.events.TenantStatus;
import io.sentia.events.TenantUpdated;

/**
 * A tenant as analytics knows it.
 *
 * @param tenantId the tenant's id
 * @param name display name
 * @param slug URL-safe short name
 * @param baseCurrency ISO-4217 currency the tenant reports in
 * @param timeZone IANA time zone of the tenant's calendar days
 * @param status whether the tenant may use the platform
 * @param updatedAt when the stored state was made at auth-service
 */
public record Tenant(String tenantId, String name, String slug, String baseCurrency, String timeZone,
		TenantStatus status, Instant updatedAt) {

	static Tenant of(TenantCreated created) {
		return new Tenant(created.tenantId(), created.name(), created.slug(), created.baseCurrency(),
				created.timeZone(), TenantStatus.ACTIVE, created.createdAt());
	}

	static Tenant of(TenantUpdated updated) {
		return new Tenant(updated.tenantId(), updated.name(), updated.slug(), updated.baseCurrency(),
				updated.timeZone(), updated.status(), updated.updatedAt());
	}

	/** Whether the tenant may use the platform. */
	public boolean active() {
		return this.status == TenantStatus.ACTIVE;
	}

}
