package io.sentia.integrations.connector;

import java.util.Map;
import java.util.UUID;

/**
 * One tenant's link to one provider account, as connectors see it. Secrets are never part
 * of it; they come from the {@link CredentialVault}.
 *
 * @param id connection id
 * @param tenantId owning tenant
 * @param provider the provider
 * @param account the provider account: Shopify shop domain ({@code x.myshopify.com}),
 * Amazon marketplace id, Xero tenant (organisation) id, Unleashed API id, mailbox UPN
 * @param region sales region the account serves, e.g. {@code UK}, {@code EU}, {@code US}
 * @param displayName what people call it
 * @param settings provider-specific, non-secret settings (e.g. {@code currency},
 * {@code locationName}); documented per connector
 */
public record ConnectionSpec(UUID id, String tenantId, Provider provider, String account, String region,
		String displayName, Map<String, String> settings) {

	public ConnectionSpec {
		settings = Map.copyOf(settings);
	}

	/** The setting's value, or {@code fallback} when it is not set. */
	public String setting(String name, String fallback) {
		return this.settings.getOrDefault(name, fallback);
	}

	/** Where this connection's records come from, for ingestion. */
	public IngestSource source() {
		return new IngestSource(this.tenantId, this.provider, this.account, this.region, this.id, null);
	}

}
