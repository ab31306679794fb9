package io.sentia.integrations.connection;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;
import org.jspecify.annotations.Nullable;

/**
 * A stored connection. It holds no secrets; those live in the credential vault.
 *
 * @param id connection id
 * @param tenantId owning tenant
 * @param provider the provider
 * @param account the provider account, or {@code null} until an OAuth callback learns it
 * @param region sales region, or {@code null}
 * @param displayName what people call it
 * @param settings non-secret provider settings
 * @param status active, disabled or deleted
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Connection(UUID id, String tenantId, Provider provider, @Nullable String account, @Nullable String region,
		String displayName, Map<String, String> settings, ConnectionStatus status, Instant createdAt,
		Instant updatedAt) {

	public Connection {
		settings = Map.copyOf(settings);
	}

	/** The connection as connectors see it. */
	public ConnectionSpec spec() {
		return new ConnectionSpec(this.id, this.tenantId, this.provider, this.account, this.region, this.displayName,
				this.settings);
	}

}
