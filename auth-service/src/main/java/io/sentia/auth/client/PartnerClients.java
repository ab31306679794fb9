package io.sentia.auth.client;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.tokenpolicy.TokenProperties;
import io.sentia.auth.user.PasswordHasher;
import io.sentia.events.AuditRecorded.Actor;
import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.servicekit.errors.ApiProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * A tenant's partner clients (OAuth2 client credentials): create, rotate the secret,
 * revoke, list. The secret is returned once and stored only as an Argon2id hash; every
 * change is audited in its transaction. Revoking expires the secret in the registered
 * client, so the client's next token request fails ({@code invalid_client}) while tokens
 * it already holds expire on schedule.
 * <p>
 * Every method takes the acting tenant: a client of another tenant is "not found".
 */
@Service
public class PartnerClients {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final RegisteredClientRepository registeredClients;

	private final PasswordHasher hasher;

	private final TokenProperties tokens;

	private final AuditLog audit;

	private final Clock clock;

	public PartnerClients(JdbcClient jdbc, RegisteredClientRepository registeredClients, PasswordHasher hasher,
			TokenProperties tokens, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.registeredClients = registeredClients;
		this.hasher = hasher;
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a partner client with a generated id and secret.
	 * @param tenantId the tenant it acts for
	 * @param name display name
	 * @param scopes scopes from {@link PartnerScopes#ALL}
	 * @param actor who creates it
	 * @return the id and the secret, shown once
	 */
	@Transactional
	public IssuedClientSecret create(UUID tenantId, String name, Set<String> scopes, Actor actor) {
		String clientId = "partner-" + HexFormat.of().formatHex(randomBytes(8));
		return register(clientId, newSecret(), tenantId, name, scopes, actor);
	}

	/**
	 * Creates a partner client with a chosen id and secret (the demo bootstrap's
	 * documented credentials).
	 * @param clientId the client id
	 * @param secret the secret
	 * @param tenantId the tenant it acts for
	 * @param name display name
	 * @param scopes scopes from {@link PartnerScopes#ALL}
	 * @param actor who creates it
	 * @return the id and the secret
	 */
	@Transactional
	public IssuedClientSecret register(String clientId, String secret, UUID tenantId, String name, Set<String> scopes,
			Actor actor) {
		Assert.hasText(name, "name is required");
		Set<String> granted = validScopes(scopes);
		if (this.registeredClients.findByClientId(clientId) != null) {
			throw ApiProblemException.conflict("A client with id '" + clientId + "' already exists.");
		}
		Instant now = this.clock.instant();
		this.registeredClients.save(RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientIdIssuedAt(now)
			.clientSecret(this.hasher.encode(secret))
			.clientName(name)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes((all) -> all.addAll(granted))
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.tokenSettings(this.tokens.settings())
			.build());
		this.jdbc.sql("""
				INSERT INTO partner_client (client_id, tenant_id, name, scopes, created_at, created_by)
				VALUES (:clientId, :tenantId, :name, :scopes, :now, :createdBy)
				""")
			.param("clientId", clientId)
			.param("tenantId", tenantId)
			.param("name", name.trim())
			.param("scopes", granted.toArray(String[]::new))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("createdBy", actor.id())
			.update();
		this.audit.record(AuditEntry.of(actor, tenantId, "client.created", Outcome.SUCCESS)
			.withTarget("client", clientId)
			.withDetail("scopes", String.join(" ", granted)));
		return new IssuedClientSecret(clientId, secret);
	}

	/**
	 * Replaces a client's secret; the old one stops working at once.
	 * @param tenantId the acting tenant
	 * @param clientId the client
	 * @param actor who rotates it
	 * @return the new secret, shown once
	 * @throws ApiProblemException 404 if no such client in the tenant, 409 if revoked
	 */
	@Transactional
	public IssuedClientSecret rotateSecret(UUID tenantId, String clientId, Actor actor) {
		PartnerClient client = require(tenantId, clientId);
		if (client.revoked()) {
			throw ApiProblemException.conflict("Client '" + clientId + "' is revoked; create a new one instead.");
		}
		String secret = newSecret();
		this.jdbc.sql("UPDATE oauth2_registered_client SET client_secret = :hash WHERE client_id = :clientId")
			.param("hash", this.hasher.encode(secret))
			.param("clientId", clientId)
			.update();
		this.audit.record(AuditEntry.of(actor, tenantId, "client.secret_rotated", Outcome.SUCCESS)
			.withTarget("client", clientId));
		return new IssuedClientSecret(clientId, secret);
	}

	/**
	 * Revokes a client: its next token request fails; tokens it holds expire on schedule
	 * (at most the access-token lifetime). Revoking twice is harmless.
	 * @param tenantId the acting tenant
	 * @param clientId the client
	 * @param actor who revokes it
	 * @return the revoked client
	 * @throws ApiProblemException 404 if no such client in the tenant
	 */
	@Transactional
	public PartnerClient revoke(UUID tenantId, String clientId, Actor actor) {
		PartnerClient client = require(tenantId, clientId);
		if (client.revoked()) {
			return client;
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("UPDATE partner_client SET revoked_at = :now WHERE client_id = :clientId")
			.param("now", now)
			.param("clientId", clientId)
			.update();
		// An expired secret fails client authentication; the hash is dropped too, so
		// nothing can revive it.
		this.jdbc.sql("""
				UPDATE oauth2_registered_client SET client_secret_expires_at = :now, client_secret = NULL
				WHERE client_id = :clientId
				""").param("now", now).param("clientId", clientId).update();
		this.audit
			.record(AuditEntry.of(actor, tenantId, "client.revoked", Outcome.SUCCESS).withTarget("client", clientId));
		return require(tenantId, clientId);
	}

	/**
	 * A tenant's partner clients, newest first.
	 * @param tenantId the tenant
	 * @return the clients, revoked ones included
	 */
	public List<PartnerClient> list(UUID tenantId) {
		return this.jdbc.sql("""
				SELECT client_id, tenant_id, name, scopes, created_at, created_by, revoked_at
				FROM partner_client WHERE tenant_id = :tenantId ORDER BY created_at DESC, client_id
				""").param("tenantId", tenantId).query(PartnerClients::partnerClient).list();
	}

	/**
	 * One partner client of a tenant.
	 * @param tenantId the tenant
	 * @param clientId the client
	 * @return the client, empty if it belongs to no or another tenant
	 */
	public Optional<PartnerClient> find(UUID tenantId, String clientId) {
		return this.jdbc.sql("""
				SELECT client_id, tenant_id, name, scopes, created_at, created_by, revoked_at
				FROM partner_client WHERE tenant_id = :tenantId AND client_id = :clientId
				""")
			.param("tenantId", tenantId)
			.param("clientId", clientId)
			.query(PartnerClients::partnerClient)
			.optional();
	}

	/**
	 * The tenant a client acts for, whatever tenant asks (for the token's
	 * {@code tenant_id}).
	 * @param clientId the client
	 * @return the tenant, empty if the client is not a partner client
	 */
	public Optional<PartnerClient> findByClientId(String clientId) {
		return this.jdbc.sql("""
				SELECT client_id, tenant_id, name, scopes, created_at, created_by, revoked_at
				FROM partner_client WHERE client_id = :clientId
				""").param("clientId", clientId).query(PartnerClients::partnerClient).optional();
	}

	private PartnerClient require(UUID tenantId, String clientId) {
		return find(tenantId, clientId)
			.orElseThrow(() -> ApiProblemException.notFound("No partner client '" + clientId + "' in this tenant."));
	}

	private static Set<String> validScopes(Set<String> scopes) {
		if (scopes == null || scopes.isEmpty()) {
			throw ApiProblemException.invalidField("scopes", "must hold at least one of " + PartnerScopes.ALL);
		}
		Set<String> granted = new LinkedHashSet<>();
		for (String scope : scopes.stream().sorted().toList()) {
			if (!PartnerScopes.ALL.contains(scope)) {
				throw ApiProblemException.invalidField("scopes",
						"holds '" + scope + "', not a partner scope; use some of " + PartnerScopes.ALL);
			}
			granted.add(scope);
		}
		return granted;
	}

	private static String newSecret() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static PartnerClient partnerClient(ResultSet rs, int row) throws SQLException {
		Array scopes = rs.getArray("scopes");
		OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
		return new PartnerClient(rs.getString("client_id"), rs.getObject("tenant_id", UUID.class), rs.getString("name"),
				Set.of((String[]) scopes.getArray()), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getString("created_by"), (revokedAt != null) ? revokedAt.toInstant() : null);
	}

}
