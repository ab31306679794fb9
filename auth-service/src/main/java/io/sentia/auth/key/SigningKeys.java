package io.sentia.auth.key;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.events.AuditRecorded.Actor;
import io.sentia.events.AuditRecorded.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JWT signing keys in {@code signing_key}: the newest unretired key signs; it and the
 * keys retired less than {@code retired-key-retention} ago form the published JWK set, so
 * tokens signed before a rotation still verify until they expire. Private keys are
 * decrypted only into this in-memory snapshot, which is reloaded after a rotation here
 * and at least every {@code cache-time-to-live} (another instance's rotation).
 */
public class SigningKeys implements JWKSource<SecurityContext> {

	/**
	 * Serialises key creation across instances (an arbitrary, fixed advisory-lock id).
	 */
	private static final long ROTATION_LOCK = 0x5e471a00_6b657973L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PrivateKeyCipher cipher;

	private final SigningKeyProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private volatile Snapshot snapshot;

	public SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, SigningKeyProperties properties,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.cipher = new PrivateKeyCipher(properties.encryptionKeyBytes());
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(current().keys());
	}

	/**
	 * The key id new tokens are signed with; creates the first key if there is none.
	 * @return the active key id
	 */
	public String activeKeyId() {
		Snapshot current = current();
		if (current.activeKeyId() != null) {
			return current.activeKeyId();
		}
		ensureActiveKey();
		return current().activeKeyId();
	}

	/**
	 * The published key set (public parts only), newest first.
	 * @return the key set
	 */
	public JWKSet publicKeys() {
		return current().keys().toPublicJWKSet();
	}

	/**
	 * Creates the first signing key unless one is active. Safe to call from several
	 * instances at once.
	 */
	public void ensureActiveKey() {
		this.transactions.executeWithoutResult((status) -> {
			lock();
			if (activeRow().isEmpty()) {
				insert(generate(), this.clock.instant());
			}
		});
		reload();
	}

	/**
	 * Starts signing with a new key; the previous key stays published for
	 * {@code retired-key-retention}.
	 * @param actor who rotates (the platform operator or the scheduled job)
	 * @return the new key id
	 */
	public String rotate(Actor actor) {
		String kid = this.transactions.execute((status) -> {
			lock();
			Instant now = this.clock.instant();
			Optional<String> previous = activeRow();
			previous.ifPresent((old) -> this.jdbc.sql("UPDATE signing_key SET retired_at = :now WHERE kid = :kid")
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("kid", old)
				.update());
			RSAKey key = generate();
			insert(key, now);
			this.audit.record(AuditEntry.of(actor, null, "signing_key.rotated", Outcome.SUCCESS)
				.withTarget("signing_key", key.getKeyID())
				.withDetail("retired", previous.orElse("none")));
			return key.getKeyID();
		});
		reload();
		return kid;
	}

	/**
	 * Whether the active key is older than the rotation interval.
	 * @return {@code true} if the scheduled rotation is due
	 */
	public boolean rotationDue() {
		Instant createdAt = this.jdbc.sql("SELECT max(created_at) FROM signing_key WHERE retired_at IS NULL")
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
		return createdAt == null || !createdAt.plus(this.properties.rotationInterval()).isAfter(this.clock.instant());
	}

	/**
	 * Deletes keys retired so long ago that no token they signed can still be valid, so
	 * their private keys do not stay around (encrypted or not).
	 * @return the number of keys deleted
	 */
	public int forgetUnpublishedKeys() {
		Instant oldest = this.clock.instant().minus(this.properties.retiredKeyRetention());
		return this.jdbc.sql("DELETE FROM signing_key WHERE retired_at IS NOT NULL AND retired_at < :oldest")
			.param("oldest", oldest.atOffset(ZoneOffset.UTC))
			.update();
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null
				|| current.loadedAt().plus(this.properties.cacheTimeToLive()).isBefore(this.clock.instant())) {
			current = reload();
		}
		return current;
	}

	private synchronized Snapshot reload() {
		Instant now = this.clock.instant();
		List<RSAKey> keys = this.jdbc.sql("""
				SELECT kid, private_key_encrypted, retired_at FROM signing_key
				WHERE retired_at IS NULL OR retired_at > :oldest
				ORDER BY created_at DESC
				""")
			.param("oldest", now.minus(this.properties.retiredKeyRetention()).atOffset(ZoneOffset.UTC))
			.query((rs, row) -> parse(rs.getString(1), rs.getBytes(2)))
			.list();
		String active = this.jdbc.sql("SELECT kid FROM signing_key WHERE retired_at IS NULL")
			.query(String.class)
			.optional()
			.orElse(null);
		Snapshot fresh = new Snapshot(new JWKSet(List.copyOf(keys)), active, now);
		this.snapshot = fresh;
		return fresh;
	}

	private RSAKey parse(String kid, byte[] encrypted) {
		String json = new String(this.cipher.decrypt(kid, encrypted), StandardCharsets.UTF_8);
		try {
			return RSAKey.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Signing key " + kid + " is not a valid RSA JWK", ex);
		}
	}

	private RSAKey generate() {
		try {
			return new RSAKeyGenerator(this.properties.keySize()).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.issueTime(Date.from(this.clock.instant()))
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate an RSA signing key", ex);
		}
	}

	private void insert(RSAKey key, Instant now) {
		this.jdbc.sql("""
				INSERT INTO signing_key (kid, algorithm, private_key_encrypted, public_jwk, created_at)
				VALUES (:kid, 'RS256', :encrypted, :publicJwk, :now)
				""")
			.param("kid", key.getKeyID())
			.param("encrypted",
					this.cipher.encrypt(key.getKeyID(), key.toJSONString().getBytes(StandardCharsets.UTF_8)))
			.param("publicJwk", key.toPublicJWK().toJSONString())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	private Optional<String> activeRow() {
		return this.jdbc.sql("SELECT kid FROM signing_key WHERE retired_at IS NULL FOR UPDATE")
			.query(String.class)
			.optional();
	}

	private void lock() {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:id)").param("id", ROTATION_LOCK).query((rs, row) -> 1).list();
	}

	private record Snapshot(JWKSet keys, String activeKeyId, Instant loadedAt) {
	}

}
