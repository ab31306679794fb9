package io.sentia.auth.client;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's partner system, as an admin sees it (never its secret).
 *
 * @param clientId OAuth2 client id, the {@code sub} of its tokens
 * @param tenantId the tenant it acts for
 * @param name display name
 * @param scopes scopes it may request
 * @param createdAt when it was created
 * @param createdBy who created it (user id or {@code bootstrap})
 * @param revokedAt when it was revoked, or {@code null} while usable
 */
public record PartnerClient(String clientId, UUID tenantId, String name, Set<String> scopes, Instant createdAt,
		String createdBy, @Nullable Instant revokedAt) {

	public PartnerClient {
		scopes = Set.copyOf(scopes);
	}

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
