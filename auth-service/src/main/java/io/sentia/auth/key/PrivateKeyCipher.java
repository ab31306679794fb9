package io.sentia.auth.key;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.spec.SecretKeySpec;

import io.sentia.auth.crypto.AesGcmSealer;

/**
 * AES-256-GCM encryption of private keys at rest under the key-encryption key. The key id
 * is authenticated as associated data, so a ciphertext moved to another row does not
 * decrypt.
 */
class PrivateKeyCipher {

	private final AesGcmSealer sealer;

	PrivateKeyCipher(byte[] keyEncryptionKey) {
		this.sealer = new AesGcmSealer(new SecretKeySpec(keyEncryptionKey, "AES"));
	}

	byte[] encrypt(String kid, byte[] plaintext) {
		try {
			return this.sealer.seal(kid.getBytes(StandardCharsets.UTF_8), plaintext);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt signing key " + kid, ex);
		}
	}

	byte[] decrypt(String kid, byte[] stored) {
		try {
			return this.sealer.open(kid.getBytes(StandardCharsets.UTF_8), stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt signing key " + kid
					+ ": is sentia.auth.signing-keys.encryption-key the key it was encrypted with?", ex);
		}
	}

}
