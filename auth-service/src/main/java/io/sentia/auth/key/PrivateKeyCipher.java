package io.sentia.auth.key;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of private keys at rest under the key-encryption key. The key id
 * is authenticated as associated data, so a ciphertext moved to another row does not
 * decrypt. Stored form: 12-byte nonce followed by ciphertext and tag.
 */
class PrivateKeyCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	PrivateKeyCipher(byte[] keyEncryptionKey) {
		this.key = new SecretKeySpec(keyEncryptionKey, "AES");
	}

	byte[] encrypt(String kid, byte[] plaintext) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
			byte[] ciphertext = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt signing key " + kid, ex);
		}
	}

	byte[] decrypt(String kid, byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt signing key " + kid
					+ ": is sentia.auth.signing-keys.encryption-key the key it was encrypted with?", ex);
		}
	}

}
