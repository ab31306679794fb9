package io.sentia.integrations.connection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.integrations.credential.StoredCredential;
import org.jspecify.annotations.Nullable;

/**
 * A connection as the API shows it: credentials by name and age only, never their values.
 *
 * @param id connection id
 * @param provider provider id
 * @param account the provider account
 * @param region sales region
 * @param displayName what people call it
 * @param settings non-secret settings
 * @param status {@code active} or {@code disabled}
 * @param credentials the names of the stored secrets and when each last changed
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record ConnectionView(UUID id, String provider, @Nullable String account, @Nullable String region,
		String displayName, Map<String, String> settings, String status, List<StoredCredential> credentials,
		Instant createdAt, Instant updatedAt) {

	static ConnectionView of(Connection connection, List<StoredCredential> credentials) {
		return new ConnectionView(connection.id(), connection.provider().id(), connection.account(),
				connection.region(), connection.displayName(), connection.settings(), connection.status().id(),
				credentials, connection.createdAt(), connection.updatedAt());
	}

}
