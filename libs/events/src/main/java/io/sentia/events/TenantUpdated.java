package io.sentia.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A tenant's settings or status changed. The event carries the whole current state.
 *
 * @param tenantId the tenant's id
 * @param name display name
 * @param slug URL-safe short name: lower-case letters, digits and hyphens
 * @param baseCurrency ISO-4217 currency the tenant reports in
 * @param timeZone IANA time zone for the tenant's calendar days, e.g.
 * {@code Europe/London}
 * @param status whether the tenant may use the platform
 * @param updatedAt when the change was made
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenantUpdated(String tenantId, String name, String slug, String baseCurrency, String timeZone,
		TenantStatus status, Instant updatedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.auth.tenant.updated.v1";

	public TenantUpdated {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(name, "name");
		Invariants.slug(slug, "slug");
		Invariants.currency(baseCurrency, "baseCurrency");
		Invariants.requiredText(timeZone, "timeZone");
		Invariants.required(status, "status");
		Invariants.required(updatedAt, "updatedAt");
	}

	@Override
	public String entityId() {
		return this.tenantId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.AUTH_TENANTS;
	}

}
