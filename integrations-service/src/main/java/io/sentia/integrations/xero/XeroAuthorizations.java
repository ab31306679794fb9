package io.sentia.integrations.xero;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.servicekit.errors.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Xero's authorization code flow with PKCE (S256). Starting it stores a random,
 * single-use {@code state} (only its hash) bound to the tenant, the connection and the
 * user who started it, with an expiry, and the PKCE verifier. The callback, made by the
 * same user signed in to the same tenant (anyone else is refused and the state stays
 * unused), consumes the state atomically, exchanges the code with the verifier, learns
 * the organisation from Xero's connections endpoint, records it as the connection's
 * account and stores the tokens in the vault.
 */
public class XeroAuthorizations {

	private static final Logger log = LoggerFactory.getLogger(XeroAuthorizations.class);

	/** Consumed or expired states are kept this long to tell a replay from a stranger. */
	private static final Duration KEEP_SPENT = Duration.ofDays(1);

	private final XeroProperties properties;

	private final XeroApi api;

	private final ConnectionDirectory directory;

	private final CredentialVault vault;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	public XeroAuthorizations(XeroProperties properties, XeroApi api, ConnectionDirectory directory,
			CredentialVault vault, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.properties = properties;
		this.api = api;
		this.directory = directory;
		this.vault = vault;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * A Xero authorize link for the tenant's Xero connection.
	 * @param tenantId the caller's tenant
	 * @param user the caller (the token's subject); only they can complete the flow
	 * @param connectionId the Xero connection to authorise
	 * @throws ApiProblemException 404 when the tenant has no such connection, 400 when it
	 * is not a Xero connection, 409 when the Xero app is not configured
	 */
	public AuthorizeLink start(String tenantId, String user, UUID connectionId) {
		ConnectionSpec connection = this.directory.find(connectionId)
			.filter((candidate) -> candidate.tenantId().equals(tenantId))
			.orElseThrow(() -> ApiProblemException.notFound("No connection " + connectionId + " for this tenant"));
		if (connection.provider() != Provider.XERO) {
			throw ApiProblemException.invalidParameter("id", "must be a xero connection; connection " + connectionId
					+ " is a " + connection.provider().id() + " connection");
		}
		if (!this.properties.appConfigured()) {
			throw notConfigured();
		}
		String state = randomToken();
		String verifier = randomToken();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.stateTtl());
		this.jdbc.sql("DELETE FROM xero_oauth_state WHERE expires_at < :cutoff")
			.param("cutoff", Timestamp.from(now.minus(KEEP_SPENT)))
			.update();
		this.jdbc
			.sql("INSERT INTO xero_oauth_state (state_hash, tenant_id, connection_id, code_verifier, created_at,"
					+ " expires_at, started_by) VALUES (:hash, :tenant, :connection, :verifier, :now, :expires, :user)")
			.param("hash", sha256Hex(state))
			.param("tenant", tenantId)
			.param("user", user)
			.param("connection", connectionId)
			.param("verifier", verifier)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
		String url = UriComponentsBuilder.fromUri(this.properties.authorizeUrl())
			.queryParam("response_type", "code")
			.queryParam("client_id", this.properties.clientId())
			.queryParam("redirect_uri", this.properties.redirectUri().toString())
			.queryParam("scope", this.properties.scopes())
			.queryParam("state", state)
			.queryParam("code_challenge", challenge(verifier))
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUriString();
		return new AuthorizeLink(url, expiresAt);
	}

	/**
	 * Completes the flow Xero redirected back with.
	 * @param callerTenant the tenant of the signed-in caller
	 * @param caller the signed-in caller (the token's subject)
	 * @throws ApiProblemException 400 for a missing, unknown or expired state or a
	 * refused code, 403 (state left unused) when the caller is not the user and tenant
	 * that started the flow, 409 for a state already used or an organisation another
	 * connection of the tenant already links
	 */
	public Connected complete(@Nullable String state, @Nullable String code, @Nullable String error,
			String callerTenant, String caller) {
		if (state == null || state.isBlank()) {
			throw ApiProblemException.invalidParameter("state", "is required; start again from the authorize link");
		}
		Pending pending = consume(state, callerTenant, caller);
		if (error != null && !error.isBlank()) {
			throw new ApiProblemException(HttpStatus.BAD_REQUEST, "xero-authorization-refused",
					"Xero authorization refused",
					"Xero answered error=" + error + " (e.g. the user declined access); start again to connect");
		}
		if (code == null || code.isBlank()) {
			throw ApiProblemException.invalidParameter("code", "is required; start again from the authorize link");
		}
		ConnectionSpec connection = this.directory.find(pending.connectionId())
			.filter((candidate) -> candidate.tenantId().equals(pending.tenantId()))
			.orElseThrow(() -> ApiProblemException
				.notFound("connection " + pending.connectionId() + " was deleted while Xero asked for consent"));
		Map<String, String> tokens;
		JsonNode organisation;
		try {
			tokens = this.api.exchangeCode(code, pending.verifier());
			String accessToken = tokens.get(XeroApi.ACCESS_TOKEN);
			organisation = organisation(this.api.connections(accessToken, authEventId(accessToken)));
		}
		catch (ProviderCallException ex) {
			if ("not_configured".equals(ex.code())) {
				throw notConfigured();
			}
			throw new ApiProblemException(HttpStatus.BAD_REQUEST, "xero-code-refused", "Xero refused the sign-in",
					ex.getMessage() + "; start again from the authorize link");
		}
		String tenantId = organisation.path("tenantId").asString();
		String name = organisation.path("tenantName").asString(tenantId);
		if (connection.account() != null && !connection.account().equals(tenantId)) {
			// Its cursors and records belong to the first organisation; mixing would skip
			// the new one's history.
			throw ApiProblemException.conflict("connection " + connection.id() + " reads Xero organisation "
					+ connection.account() + ", but Xero authorised " + name + " (" + tenantId
					+ "); choose the same organisation, or create a new connection for this one");
		}
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.directory.updateAccount(connection.id(), tenantId);
				this.vault.store(connection.id(), this.vault.read(connection.id()).with(tokens));
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw ApiProblemException.conflict("Xero organisation " + name + " (" + tenantId
					+ ") is already linked by another connection of this tenant; delete that one first");
		}
		log.info("Xero connection {} of tenant {} now acts for organisation {}", connection.id(), connection.tenantId(),
				tenantId);
		return new Connected(connection.id(), connection.displayName(), tenantId, name);
	}

	/**
	 * Marks the state used, atomically, if the caller started it, and says precisely why
	 * it cannot be used.
	 */
	private Pending consume(String state, String tenantId, String user) {
		String hash = sha256Hex(state);
		Timestamp now = Timestamp.from(this.clock.instant());
		Pending pending = this.jdbc
			.sql("UPDATE xero_oauth_state SET used_at = :now WHERE state_hash = :hash AND used_at IS NULL"
					+ " AND expires_at > :now AND tenant_id = :tenant AND started_by = :user"
					+ " RETURNING tenant_id, connection_id, code_verifier")
			.param("now", now)
			.param("hash", hash)
			.param("tenant", tenantId)
			.param("user", user)
			.query((row, number) -> new Pending(row.getString("tenant_id"), row.getObject("connection_id", UUID.class),
					row.getString("code_verifier")))
			.optional()
			.orElse(null);
		if (pending != null) {
			return pending;
		}
		Map<String, Object> spent = this.jdbc
			.sql("SELECT used_at, expires_at, tenant_id, started_by FROM xero_oauth_state WHERE state_hash = ?")
			.param(hash)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		if (spent == null) {
			throw new ApiProblemException(HttpStatus.BAD_REQUEST, "xero-state-unknown", "Unknown OAuth state",
					"this state was not issued by Sentia (or is older than a day); start again from the authorize link");
		}
		if (!tenantId.equals(spent.get("tenant_id")) || !user.equals(spent.get("started_by"))) {
			log.warn("Xero callback refused: an authorize link of tenant {} was completed by another user or tenant",
					spent.get("tenant_id"));
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "xero-state-other-user", "Not your authorize link",
					"this authorize link was started by another user; only the Sentia user who started connecting"
							+ " Xero can complete it, signed in to the same tenant in this browser");
		}
		if (spent.get("used_at") != null) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "xero-state-used", "OAuth state already used",
					"this authorize link was already used; each link works once, start again for a new one");
		}
		throw new ApiProblemException(HttpStatus.BAD_REQUEST, "xero-state-expired", "OAuth state expired",
				"this authorize link expired after " + this.properties.stateTtl() + "; start again for a new one");
	}

	/** The organisation of the consent; Xero lists practices too, which have no books. */
	private static JsonNode organisation(JsonNode connections) {
		for (JsonNode connection : connections) {
			if ("ORGANISATION".equals(connection.path("tenantType").asString(""))
					&& !connection.path("tenantId").asString("").isBlank()) {
				return connection;
			}
		}
		throw new ProviderCallException("no_organisation", "no Xero organisation was authorised");
	}

	/**
	 * Xero's access token is a JWT whose {@code authentication_event_id} names this
	 * consent; asking connections for it alone avoids picking an organisation connected
	 * earlier. An opaque token simply lists them all.
	 */
	static @Nullable String authEventId(String accessToken) {
		String[] parts = accessToken.split("\\.");
		if (parts.length != 3) {
			return null;
		}
		try {
			JsonNode claims = XeroApi.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
			String id = claims.path("authentication_event_id").asString(null);
			return (id != null && !id.isBlank()) ? id : null;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

	/** PKCE S256: Base64url(SHA-256(ASCII verifier)) without padding. */
	static String challenge(String verifier) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
	}

	private String randomToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String sha256Hex(String value) {
		return HexFormat.of().formatHex(sha256(value));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static ApiProblemException notConfigured() {
		return new ApiProblemException(HttpStatus.CONFLICT, "xero-app-not-configured", "Xero app not configured",
				"this Sentia installation has no Xero app: set SENTIA_XERO_CLIENT_ID and SENTIA_XERO_CLIENT_SECRET");
	}

	/**
	 * Where to send the user to consent.
	 *
	 * @param authorizeUrl Xero's authorize URL with client, scopes, state and PKCE
	 * challenge
	 * @param expiresAt when the link stops working
	 */
	public record AuthorizeLink(String authorizeUrl, Instant expiresAt) {
	}

	/**
	 * A connection that now acts for a Xero organisation.
	 *
	 * @param connectionId the connection
	 * @param displayName its name in Sentia
	 * @param organisationId the Xero tenant id (sent as {@code xero-tenant-id})
	 * @param organisationName the organisation's name in Xero
	 */
	public record Connected(UUID connectionId, String displayName, String organisationId, String organisationName) {
	}

	private record Pending(String tenantId, UUID connectionId, String verifier) {
	}

}
