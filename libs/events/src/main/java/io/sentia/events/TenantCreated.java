package io.sentia.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A tenant (one customer organisation) was created. It starts
 * {@link TenantStatus#ACTIVE}.
 *
 * @param tenantId the new tenant's id
 * @param name display name
 * @param slug URL-safe short name: lower-case letters, digits and hyphens
 * @param baseCurrency ISO-4217 currency the tenant reports in
 * @param timeZone IANA time zone for the tenant's calendar days, e.g.
 * {@code Europe/London}
 * @param createdAt when the tenant was created
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenantCreated(String tenantId, String name, String slug, String baseCurrency, String timeZone,
		Instant createdAt) implements SentiaEvent {

	public static final String TYPE = "sentia.auth.tenant.created.v1";

	public TenantCreated {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(name, "name");
		Invariants.slug(slug, "slug");
		Invariants.currency(baseCurrency, "baseCurrency");
		Invariants.requiredText(timeZone, "timeZone");
		Invariants.required(createdAt, "createdAt");
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
