package io.sentia.integrations.credential;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Secrets;
import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.SealedSecret;
import io.sentia.servicekit.crypto.SecretBinding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CredentialVault} on the {@code connection_credential} table: every secret sealed
 * under its own data key (the kit's {@link EnvelopeSealer}); refreshes serialised per
 * connection by a row lock on the connection, so they are single-flight across threads
 * and instances.
 */
public class EncryptedCredentialVault implements CredentialVault {

	private final JdbcClient jdbc;

	/** Bound to every secret with its connection and name; stable across releases. */
	private static final String PURPOSE = "sentia.integrations.credential";

	private final EnvelopeSealer sealer;

	private final TransactionTemplate joined;

	private final TransactionTemplate own;

	EncryptedCredentialVault(JdbcClient jdbc, PlatformTransactionManager transactions, EnvelopeSealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.joined = new TransactionTemplate(transactions);
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public Secrets read(UUID connectionId) {
		Map<String, String> values = new HashMap<>();
		rows(connectionId, false)
			.forEach((row) -> values.put(row.name(), open(connectionId, row.name(), row.sealed())));
		return new Secrets(values);
	}

	@Override
	public void store(UUID connectionId, Secrets secrets) {
		this.joined.executeWithoutResult((status) -> {
			Secrets existing = read(connectionId);
			existing.values()
				.keySet()
				.stream()
				.filter((name) -> secrets.get(name) == null)
				.forEach((name) -> this.jdbc
					.sql("DELETE FROM connection_credential WHERE connection_id = :connection AND name = :name")
					.param("connection", connectionId)
					.param("name", name)
					.update());
			// An unchanged value keeps its row, so "last updated" means its value
			// changed.
			secrets.values()
				.entrySet()
				.stream()
				.filter((secret) -> !secret.getValue().equals(existing.get(secret.getKey())))
				.forEach((secret) -> upsert(connectionId, secret.getKey(), secret.getValue()));
		});
	}

	@Override
	public Secrets refresh(UUID connectionId, Refresher refresher) {
		return this.own.execute((status) -> {
			lockConnection(connectionId);
			Secrets current = read(connectionId);
			Optional<Secrets> refreshed = refresher.refresh(current);
			if (refreshed.isEmpty()) {
				return current;
			}
			store(connectionId, refreshed.get());
			return refreshed.get();
		});
	}

	/** Deletes every secret of the connection, in the caller's transaction if any. */
	public void wipe(UUID connectionId) {
		this.jdbc.sql("DELETE FROM connection_credential WHERE connection_id = :connection")
			.param("connection", connectionId)
			.update();
	}

	/**
	 * The names of the connection's secrets and when each was last stored; values are
	 * never read.
	 */
	public List<StoredCredential> names(UUID connectionId) {
		return this.jdbc
			.sql("SELECT name, updated_at FROM connection_credential WHERE connection_id = :connection ORDER BY name")
			.param("connection", connectionId)
			.query((row, number) -> new StoredCredential(row.getString("name"),
					row.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/**
	 * Re-wraps every data key not wrapped by the current key-encryption key, one
	 * connection per transaction; the values' ciphertexts do not change, so nothing can
	 * be lost. A data key that opens with no known key is left as it is and reported.
	 */
	public RewrapReport rewrap() {
		String current = this.sealer.currentKekId();
		List<UUID> connections = this.jdbc
			.sql("SELECT DISTINCT connection_id FROM connection_credential WHERE kek_id <> :current")
			.param("current", current)
			.query(UUID.class)
			.list();
		long rewrapped = 0;
		List<String> failed = new ArrayList<>();
		for (UUID connectionId : connections) {
			Long count = this.own.execute((status) -> rewrapConnection(connectionId, current, failed));
			rewrapped += (count != null) ? count : 0;
		}
		long wrappedByCurrent = this.jdbc.sql("SELECT count(*) FROM connection_credential WHERE kek_id = :current")
			.param("current", current)
			.query(Long.class)
			.single();
		return new RewrapReport(current, rewrapped, wrappedByCurrent - rewrapped, failed);
	}

	private long rewrapConnection(UUID connectionId, String current, List<String> failed) {
		long count = 0;
		for (Row row : rows(connectionId, true)) {
			if (row.sealed().kekId().equals(current)) {
				continue;
			}
			SealedSecret rewrapped;
			try {
				rewrapped = this.sealer.rewrap(binding(connectionId, row.name()), row.sealed());
			}
			catch (IllegalStateException ex) {
				failed.add(connectionId + "/" + row.name() + ": " + ex.getMessage());
				continue;
			}
			this.jdbc.sql("""
					UPDATE connection_credential SET kek_id = :kek, wrapped_key = :wrapped
					WHERE connection_id = :connection AND name = :name
					""")
				.param("kek", rewrapped.kekId())
				.param("wrapped", rewrapped.wrappedKey())
				.param("connection", connectionId)
				.param("name", row.name())
				.update();
			count++;
		}
		return count;
	}

	private void lockConnection(UUID connectionId) {
		// The connection row, not the credential rows: it exists even before the first
		// secret is stored, and FOR NO KEY UPDATE still lets credential rows reference
		// it.
		String status = this.jdbc.sql("SELECT status FROM connection WHERE id = :connection FOR NO KEY UPDATE")
			.param("connection", connectionId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("no connection " + connectionId));
		if ("deleted".equals(status)) {
			throw new IllegalStateException("connection " + connectionId + " is deleted; its credentials are gone");
		}
	}

	private void upsert(UUID connectionId, String name, String value) {
		SealedSecret sealed = this.sealer.seal(binding(connectionId, name), value.getBytes(StandardCharsets.UTF_8));
		this.jdbc.sql("""
				INSERT INTO connection_credential (connection_id, name, kek_id, wrapped_key, ciphertext)
				VALUES (:connection, :name, :kek, :wrapped, :ciphertext)
				ON CONFLICT (connection_id, name) DO UPDATE
				SET kek_id = EXCLUDED.kek_id, wrapped_key = EXCLUDED.wrapped_key,
				    ciphertext = EXCLUDED.ciphertext, updated_at = now()
				""")
			.param("connection", connectionId)
			.param("name", name)
			.param("kek", sealed.kekId())
			.param("wrapped", sealed.wrappedKey())
			.param("ciphertext", sealed.ciphertext())
			.update();
	}

	private String open(UUID connectionId, String name, SealedSecret sealed) {
		if (!this.sealer.knows(sealed.kekId())) {
			throw new IllegalStateException(
					"credential '" + name + "' of connection " + connectionId + " is wrapped by key-encryption key "
							+ sealed.kekId() + ", which is neither the current (" + this.sealer.currentKekId()
							+ ") nor the previous one: set SENTIA_INTEGRATIONS_KEK_PREVIOUS to it");
		}
		return new String(this.sealer.open(binding(connectionId, name), sealed), StandardCharsets.UTF_8);
	}

	private static SecretBinding binding(UUID connectionId, String name) {
		return new SecretBinding(PURPOSE, connectionId + "|" + name);
	}

	private List<Row> rows(UUID connectionId, boolean forUpdate) {
		return this.jdbc
			.sql("SELECT name, kek_id, wrapped_key, ciphertext FROM connection_credential"
					+ " WHERE connection_id = :connection" + (forUpdate ? " FOR UPDATE" : ""))
			.param("connection", connectionId)
			.query(EncryptedCredentialVault::row)
			.list();
	}

	private static Row row(ResultSet row, int number) throws SQLException {
		return new Row(row.getString("name"),
				new SealedSecret(row.getString("kek_id"), row.getBytes("wrapped_key"), row.getBytes("ciphertext")));
	}

	private record Row(String name, SealedSecret sealed) {
	}

}
