package io.sentia.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.user.Membership;
import io.sentia.auth.user.Users;
import io.sentia.events.AuditRecorded.Actor;
import io.sentia.events.AuditRecorded.Outcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores authorizations (through the JDBC service it wraps) and detects refresh-token
 * reuse. Every refresh token issued is remembered by its SHA-256 in
 * {@code refresh_token_lineage} with its authorization (the token family); when rotation
 * replaces it, it is marked rotated. A rotated token presented again means two parties
 * hold the family (a stolen token, or a replay): the whole authorization is removed, so
 * neither the thief's nor the user's tokens refresh any more, and the reuse is audited.
 */
public class RefreshTokenReuseDetection implements OAuth2AuthorizationService {

	private static final Logger log = LoggerFactory.getLogger(RefreshTokenReuseDetection.class);

	private final OAuth2AuthorizationService delegate;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	public RefreshTokenReuseDetection(OAuth2AuthorizationService delegate, JdbcClient jdbc,
			TransactionTemplate transactions, Users users, AuditLog audit, Clock clock) {
		this.delegate = delegate;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		this.transactions.executeWithoutResult((status) -> {
			this.delegate.save(authorization);
			OAuth2Authorization.Token<OAuth2RefreshToken> refreshToken = authorization.getRefreshToken();
			if (refreshToken != null) {
				remember(authorization, refreshToken.getToken());
			}
		});
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		this.delegate.remove(authorization);
	}

	@Override
	public @Nullable OAuth2Authorization findById(String id) {
		return this.delegate.findById(id);
	}

	@Override
	public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
		OAuth2Authorization found = this.delegate.findByToken(token, tokenType);
		if (found == null && OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)) {
			rotatedFamily(token).ifPresent(this::revokeFamily);
		}
		return found;
	}

	private void remember(OAuth2Authorization authorization, OAuth2RefreshToken token) {
		byte[] hash = sha256(token.getTokenValue());
		Instant now = this.clock.instant();
		Instant expiresAt = (token.getExpiresAt() != null) ? token.getExpiresAt() : now;
		this.jdbc.sql("""
				INSERT INTO refresh_token_lineage (token_hash, authorization_id, client_id, principal_name, issued_at,
				                                   expires_at)
				VALUES (:hash, :authorization, :client, :principal, :issuedAt, :expiresAt)
				ON CONFLICT (token_hash) DO NOTHING
				""")
			.param("hash", hash)
			.param("authorization", authorization.getId())
			.param("client", authorization.getRegisteredClientId())
			.param("principal", authorization.getPrincipalName())
			.param("issuedAt", utc((token.getIssuedAt() != null) ? token.getIssuedAt() : now))
			.param("expiresAt", utc(expiresAt))
			.update();
		this.jdbc.sql("""
				UPDATE refresh_token_lineage SET rotated_at = :now
				WHERE authorization_id = :authorization AND token_hash <> :hash AND rotated_at IS NULL
				""").param("now", utc(now)).param("authorization", authorization.getId()).param("hash", hash).update();
	}

	private Optional<RotatedToken> rotatedFamily(String token) {
		return this.jdbc.sql("""
				SELECT authorization_id, principal_name, client_id FROM refresh_token_lineage
				WHERE token_hash = :hash AND rotated_at IS NOT NULL
				""")
			.param("hash", sha256(token))
			.query((rs, row) -> new RotatedToken(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	private void revokeFamily(RotatedToken reused) {
		OAuth2Authorization family = this.delegate.findById(reused.authorizationId());
		if (family != null) {
			this.delegate.remove(family);
		}
		log.warn("Refresh token reuse for authorization {} of {} (client {}): token family revoked",
				reused.authorizationId(), reused.principalName(), reused.clientId());
		this.audit.record(AuditEntry
			.of(actor(reused.principalName()), tenantOf(reused.principalName()), "token.refresh_reused", Outcome.DENIED)
			.withTarget("authorization", reused.authorizationId())
			.withDetail("clientId", reused.clientId())
			.withDetail("familyRevoked", String.valueOf(family != null)));
	}

	private Actor actor(String principalName) {
		return userId(principalName).map((id) -> AuditEntry.user(id, null))
			.orElseGet(() -> AuditEntry.client(principalName));
	}

	private @Nullable UUID tenantOf(String principalName) {
		return userId(principalName).flatMap(this.users::findById)
			.flatMap(this.users::actingMembership)
			.map(Membership::tenantId)
			.orElse(null);
	}

	private static Optional<UUID> userId(String principalName) {
		try {
			return Optional.of(UUID.fromString(principalName));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	private static Object utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record RotatedToken(String authorizationId, String principalName, String clientId) {
	}

}
