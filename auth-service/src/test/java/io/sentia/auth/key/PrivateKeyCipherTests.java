package io.sentia.auth.key;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Private keys are sealed through the kit's envelope encryption, bound to their key id,
 * and keys stored before it (sealed directly under the key-encryption key) still open.
 */
class PrivateKeyCipherTests {

	private static final byte[] PRIVATE_KEY = "-----PRIVATE KEY bytes-----".getBytes(StandardCharsets.UTF_8);

	private final PrivateKeyCipher cipher = new PrivateKeyCipher(
			new SigningKeyProperties(SigningKeyProperties.DEVELOPMENT_ENCRYPTION_KEY, null, null, 2048, null)
				.encryptionKeyBytes());

	@Test
	void decryptsWhatItEncryptedForTheSameKeyIdOnly() {
		byte[] stored = this.cipher.encrypt("kid-1", PRIVATE_KEY);

		assertThat(HexFormat.of().formatHex(stored)).doesNotContain(HexFormat.of().formatHex(PRIVATE_KEY));
		assertThat(this.cipher.decrypt("kid-1", stored)).isEqualTo(PRIVATE_KEY);
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt("kid-2", stored))
			.withMessageContaining("sentia.auth.signing-keys.encryption-key");
	}

	@Test
	void decryptsAKeyStoredBeforeEnvelopeEncryption() {
		// Sealed by the service's earlier AES-GCM sealer under the development key.
		byte[] stored = HexFormat.of()
			.parseHex("682438be9690a36541bc5917f1f0b4ef63254dd43f095ef92534ef0065009b9e45d6516b9d974af8e31cb789e502247b"
					+ "0231d1ac407786");

		assertThat(this.cipher.decrypt("kid-2025-11", stored)).isEqualTo(PRIVATE_KEY);
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt("kid-other", stored));
	}

}
