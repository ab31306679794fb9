package io.sentia.integrations.credential;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.integrations.connector.Secrets;
import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.KeyEncryptionKey;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Secrets are stored sealed, each under its own data key, open only for their own
 * connection and name, survive a key rotation, and refresh once under concurrency. (A
 * JDBC slice with the service's vault configuration; not in a test transaction, because
 * the vault's own transactions and row locks are what the concurrency test is about.)
 */
@JdbcTest
@Import(CredentialConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class EncryptedCredentialVaultTests extends InfrastructureTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final String SECRET = "shpat_0123456789abcdef-very-secret";

	@Autowired
	private EncryptedCredentialVault vault;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void storesEverySecretSealedUnderItsOwnDataKey() {
		UUID connection = connection();
		this.vault.store(connection, new Secrets(Map.of("accessToken", SECRET, "apiKey", SECRET)));

		assertThat(this.vault.read(connection).values()).containsOnly(Map.entry("accessToken", SECRET),
				Map.entry("apiKey", SECRET));
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT name, wrapped_key, ciphertext FROM connection_credential WHERE connection_id = ?")
			.param(connection)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(2);
		for (Map<String, Object> row : rows) {
			assertThat(new String((byte[]) row.get("ciphertext"), StandardCharsets.ISO_8859_1)).doesNotContain("shpat");
		}
		assertThat((byte[]) rows.get(0).get("wrapped_key")).isNotEqualTo(rows.get(1).get("wrapped_key"));
		assertThat((byte[]) rows.get(0).get("ciphertext")).isNotEqualTo(rows.get(1).get("ciphertext"));
	}

	@Test
	void aSealedSecretCopiedToAnotherConnectionDoesNotOpen() {
		UUID original = connection();
		UUID other = connection();
		this.vault.store(original, new Secrets(Map.of("apiKey", SECRET)));
		this.jdbc.sql("""
				INSERT INTO connection_credential (connection_id, name, kek_id, wrapped_key, ciphertext)
				SELECT ?, name, kek_id, wrapped_key, ciphertext FROM connection_credential WHERE connection_id = ?
				""").params(other, original).update();

		assertThatIllegalStateException().isThrownBy(() -> this.vault.read(other))
			.withMessageContaining(other.toString());
		this.vault.wipe(other);
	}

	@Test
	void storingReplacesTheSetAndKeepsUnchangedValuesAsTheyWere() {
		UUID connection = connection();
		this.vault.store(connection, new Secrets(Map.of("accessToken", "a1", "refreshToken", "r1")));
		byte[] before = ciphertext(connection, "refreshToken");

		this.vault.store(connection, new Secrets(Map.of("accessToken", "a2", "refreshToken", "r1", "scope", "x")));

		assertThat(this.vault.read(connection).values()).containsOnly(Map.entry("accessToken", "a2"),
				Map.entry("refreshToken", "r1"), Map.entry("scope", "x"));
		assertThat(ciphertext(connection, "refreshToken")).isEqualTo(before);
		this.vault.store(connection, new Secrets(Map.of("scope", "x")));
		assertThat(this.vault.names(connection)).extracting(StoredCredential::name).containsExactly("scope");
	}

	@Test
	void twoConcurrentRefreshesOnTwoInstancesRefreshOnceAndTheSecondSeesTheNewSecrets() throws Exception {
		UUID connection = connection();
		this.vault.store(connection, new Secrets(Map.of("refreshToken", "rotating-1", "accessToken", "old")));
		AtomicInteger entered = new AtomicInteger();
		AtomicInteger refreshes = new AtomicInteger();
		CountDownLatch firstInside = new CountDownLatch(1);
		CredentialVaultRefresher refresher = (current) -> {
			int caller = entered.incrementAndGet();
			if (!"rotating-1".equals(current.get("refreshToken"))) {
				return Optional.empty();
			}
			refreshes.incrementAndGet();
			if (caller == 1) {
				firstInside.countDown();
				// Hold the refresh until the second caller is either blocked on the lock
				// or,
				// were there no lock, inside the refresher too: no timing luck either
				// way.
				await().atMost(PATIENCE).until(() -> entered.get() >= 2 || someoneWaitsForALock());
			}
			return Optional.of(current.with(Map.of("refreshToken", "rotating-2", "accessToken", "new")));
		};
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Secrets> first = threads.submit(() -> this.vault.refresh(connection, refresher::refresh));
			assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
			// A second vault object stands for another service instance: only the
			// database lock is shared.
			EncryptedCredentialVault otherInstance = vault(
					KeyEncryptionKey.of(Base64.getDecoder().decode(CredentialProperties.DEVELOPMENT_KEK)), null);
			Future<Secrets> second = threads.submit(() -> otherInstance.refresh(connection, refresher::refresh));

			assertThat(first.get(30, TimeUnit.SECONDS).get("accessToken")).isEqualTo("new");
			assertThat(second.get(30, TimeUnit.SECONDS).get("refreshToken")).isEqualTo("rotating-2");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(refreshes).hasValue(1);
		assertThat(this.vault.read(connection).get("refreshToken")).isEqualTo("rotating-2");
	}

	@Test
	void rotationReWrapsEveryDataKeyWithoutLosingASecret() {
		// The configured (development) key is the old one: every row in the shared
		// database
		// is under it, and rotation covers them all.
		byte[] oldKey = Base64.getDecoder().decode(CredentialProperties.DEVELOPMENT_KEK);
		byte[] newKey = key(2);
		EncryptedCredentialVault before = vault(KeyEncryptionKey.of(oldKey), null);
		UUID connection = connection();
		before.store(connection, new Secrets(Map.of("accessToken", SECRET, "refreshToken", "r-" + SECRET)));
		byte[] ciphertext = ciphertext(connection, "accessToken");

		UUID lost = connection();
		this.jdbc
			.sql("INSERT INTO connection_credential (connection_id, name, kek_id, wrapped_key, ciphertext)"
					+ " VALUES (?, 'apiKey', 'kek-forgotten', '\\x00', '\\x00')")
			.param(lost)
			.update();

		EncryptedCredentialVault during = vault(KeyEncryptionKey.of(newKey), KeyEncryptionKey.of(oldKey));
		assertThat(during.read(connection).get("accessToken")).isEqualTo(SECRET);
		RewrapReport report = during.rewrap();
		RewrapReport again = during.rewrap();

		assertThat(report.rewrapped()).isGreaterThanOrEqualTo(2);
		assertThat(report.failed())
			.anySatisfy((failure) -> assertThat(failure).startsWith(lost + "/apiKey").contains("kek-forgotten"))
			.noneSatisfy((failure) -> assertThat(failure).startsWith(connection.toString()));
		assertThat(report.kekId()).isEqualTo(KeyEncryptionKey.of(newKey).id());
		assertThat(again.rewrapped()).isZero();
		EncryptedCredentialVault after = vault(KeyEncryptionKey.of(newKey), null);
		assertThat(after.read(connection).values()).containsOnly(Map.entry("accessToken", SECRET),
				Map.entry("refreshToken", "r-" + SECRET));
		assertThat(ciphertext(connection, "accessToken")).as("values are not re-encrypted").isEqualTo(ciphertext);
		assertThatIllegalStateException().isThrownBy(() -> before.read(connection))
			.withMessageContaining("SENTIA_INTEGRATIONS_KEK_PREVIOUS");
		assertThatIllegalStateException().isThrownBy(() -> vault(KeyEncryptionKey.of(key(3)), null).read(connection))
			.withMessageContaining(KeyEncryptionKey.of(newKey).id());
		// Put the shared database back under the configured key for the other tests.
		this.vault.wipe(lost);
		vault(KeyEncryptionKey.of(oldKey), KeyEncryptionKey.of(newKey)).rewrap();
	}

	@Test
	void refreshingAnUnknownConnectionFails() {
		UUID unknown = UUID.randomUUID();
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.vault.refresh(unknown, (current) -> Optional.empty()))
			.withMessageContaining(unknown.toString());
	}

	@Test
	void refusesToRefreshTheSecretsOfADeletedConnection() {
		UUID connection = connection();
		this.jdbc.sql("UPDATE connection SET status = 'deleted' WHERE id = ?").param(connection).update();
		AtomicInteger refreshes = new AtomicInteger();

		assertThatIllegalStateException().isThrownBy(() -> this.vault.refresh(connection, (current) -> {
			refreshes.incrementAndGet();
			return Optional.of(new Secrets(Map.of("accessToken", "resurrected")));
		})).withMessageContaining("deleted");
		assertThat(refreshes).hasValue(0);
		assertThat(this.vault.names(connection)).isEmpty();
	}

	private EncryptedCredentialVault vault(KeyEncryptionKey current, KeyEncryptionKey previous) {
		return new EncryptedCredentialVault(this.jdbc, this.transactions, new EnvelopeSealer(current, previous));
	}

	private byte[] ciphertext(UUID connection, String name) {
		return this.jdbc.sql("SELECT ciphertext FROM connection_credential WHERE connection_id = ? AND name = ?")
			.params(connection, name)
			.query(byte[].class)
			.single();
	}

	private UUID connection() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO connection (id, tenant_id, provider, account, display_name) VALUES (?, ?, ?, ?, ?)")
			.params(id, "vault-tests", "shopify", id + ".myshopify.com", "vault test")
			.update();
		return id;
	}

	private static byte[] key(int seed) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) seed);
		return key;
	}

	private boolean someoneWaitsForALock() {
		return this.jdbc.sql(
				"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
			.query(Long.class)
			.single() > 0;
	}

	@FunctionalInterface
	interface CredentialVaultRefresher {

		Optional<Secrets> refresh(Secrets current);

	}

}
