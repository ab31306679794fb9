package io.sentia.auth.tenant;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer organisation.
 *
 * @param id stable id, the {@code tenant_id} of tokens
 * @param slug URL-safe short name
 * @param name display name
 * @param baseCurrency ISO-4217 reporting currency
 * @param timeZone IANA time zone of the tenant's calendar days
 * @param createdAt when it was created
 */
public record Tenant(UUID id, String slug, String name, String baseCurrency, String timeZone, Instant createdAt) {
}
