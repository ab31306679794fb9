package io.sentia.auth.mfa;

import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import io.sentia.auth.key.SigningKeyProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * TOTP secrets are stored encrypted, bound to their user, and readable only with the
 * key-encryption key they were encrypted under.
 */
class TotpSecretCipherTests {

	private static final byte[] SECRET = "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final TotpSecretCipher cipher = new TotpSecretCipher(keys(SigningKeyProperties.DEVELOPMENT_ENCRYPTION_KEY));

	@Test
	void decryptsWhatItEncryptedForTheSameUser() {
		UUID user = UUID.randomUUID();
		byte[] stored = this.cipher.encrypt(user, SECRET);
		assertThat(HexFormat.of().formatHex(stored)).doesNotContain(HexFormat.of().formatHex(SECRET));
		assertThat(this.cipher.decrypt(user, stored)).isEqualTo(SECRET);
	}

	@Test
	void decryptsASecretStoredBeforeEnvelopeEncryption() {
		// Sealed by the service's earlier AES-GCM sealer under the development key.
		UUID user = UUID.fromString("0c7e2b1a-5d4f-4e6b-9a8c-3f2e1d0c9b8a");
		byte[] stored = HexFormat.of()
			.parseHex(
					"eb30e83c183edaa452086b6ba63aed80a56cd6329cf7954dfb811041fc5206c1329fd89f68db9b443fe2164918f01038");

		assertThat(this.cipher.decrypt(user, stored)).isEqualTo(SECRET);
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(UUID.randomUUID(), stored));
	}

	@Test
	void refusesAStoredSecretThatIsCutShort() {
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(UUID.randomUUID(), new byte[5]))
			.withStackTraceContaining("too short");
	}

	@Test
	void encryptsTheSameSecretDifferentlyEachTime() {
		UUID user = UUID.randomUUID();
		assertThat(this.cipher.encrypt(user, SECRET)).isNotEqualTo(this.cipher.encrypt(user, SECRET));
	}

	@Test
	void refusesASecretCopiedToAnotherUser() {
		byte[] stored = this.cipher.encrypt(UUID.randomUUID(), SECRET);
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(UUID.randomUUID(), stored));
	}

	@Test
	void refusesASecretUnderAnotherKeyEncryptionKey() {
		UUID user = UUID.randomUUID();
		byte[] stored = this.cipher.encrypt(user, SECRET);
		TotpSecretCipher other = new TotpSecretCipher(keys("MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE="));
		assertThatIllegalStateException().isThrownBy(() -> other.decrypt(user, stored));
	}

	private static SigningKeyProperties keys(String encryptionKey) {
		return new SigningKeyProperties(encryptionKey, Duration.ofDays(30), Duration.ofMinutes(15), 2048,
				Duration.ofSeconds(30));
	}

}
