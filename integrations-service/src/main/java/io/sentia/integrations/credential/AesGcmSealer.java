package io.sentia.integrations.credential;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a fresh 12-byte nonce per value and associated data naming what the value
 * belongs to, so a sealed value copied to another row does not open. Stored form: nonce,
 * then ciphertext and 128-bit tag.
 */
final class AesGcmSealer {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	AesGcmSealer(SecretKey key) {
		this.key = key;
	}

	byte[] seal(byte[] associatedData, byte[] plaintext) throws GeneralSecurityException {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(associatedData);
		byte[] ciphertext = cipher.doFinal(plaintext);
		return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
	}

	/**
	 * @throws GeneralSecurityException when the key, the associated data or a byte
	 * differs
	 */
	byte[] open(byte[] associatedData, byte[] sealed) throws GeneralSecurityException {
		if (sealed.length < NONCE_BYTES) {
			throw new GeneralSecurityException("sealed value is too short");
		}
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
		cipher.updateAAD(associatedData);
		return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
	}

	/** A fresh random AES-256 key. */
	static byte[] randomKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

}
