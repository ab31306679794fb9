package io.sentia.auth.key;

import java.nio.charset.StandardCharsets;

import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.KeyEncryptionKey;
import io.sentia.servicekit.crypto.SecretBinding;

/**
 * Envelope encryption of private keys at rest under the key-encryption key, through the
 * kit's {@link EnvelopeSealer}. The key id is bound to the sealed key, so a ciphertext
 * moved to another row does not decrypt; keys stored before envelope encryption (sealed
 * directly under the key-encryption key) still open.
 */
class PrivateKeyCipher {

	private static final String PURPOSE = "sentia.auth.signing-key";

	private final EnvelopeSealer sealer;

	private final byte[] keyEncryptionKey;

	PrivateKeyCipher(byte[] keyEncryptionKey) {
		this.sealer = new EnvelopeSealer(KeyEncryptionKey.of(keyEncryptionKey), null);
		this.keyEncryptionKey = keyEncryptionKey.clone();
	}

	byte[] encrypt(String kid, byte[] plaintext) {
		return this.sealer.seal(new SecretBinding(PURPOSE, kid), plaintext).toBytes();
	}

	byte[] decrypt(String kid, byte[] stored) {
		EnvelopeSealer.LegacySeal legacy = new EnvelopeSealer.LegacySeal(this.keyEncryptionKey,
				kid.getBytes(StandardCharsets.UTF_8));
		try {
			return this.sealer.open(new SecretBinding(PURPOSE, kid), stored, legacy);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("Could not decrypt signing key " + kid
					+ ": is sentia.auth.signing-keys.encryption-key the key it was encrypted with?", ex);
		}
	}

}
