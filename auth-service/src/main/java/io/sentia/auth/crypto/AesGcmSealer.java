package io.sentia.auth.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a fresh 12-byte nonce per value and caller-chosen associated data (the row
 * a value belongs to, so a ciphertext copied to another row does not open). Stored form:
 * nonce followed by ciphertext and 128-bit tag.
 */
public final class AesGcmSealer {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	public AesGcmSealer(SecretKey key) {
		this.key = key;
	}

	/**
	 * Encrypts and authenticates a value.
	 * @param associatedData what the value is bound to
	 * @param plaintext the value
	 * @return nonce, ciphertext and tag
	 * @throws GeneralSecurityException if the platform refuses the cipher
	 */
	public byte[] seal(byte[] associatedData, byte[] plaintext) throws GeneralSecurityException {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(associatedData);
		byte[] ciphertext = cipher.doFinal(plaintext);
		return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
	}

	/**
	 * Decrypts a value sealed with the same key and associated data.
	 * @param associatedData what the value must be bound to
	 * @param stored what {@link #seal} returned
	 * @return the value
	 * @throws GeneralSecurityException if the key, the associated data or the bytes
	 * differ
	 */
	public byte[] open(byte[] associatedData, byte[] stored) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
		cipher.updateAAD(associatedData);
		return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
	}

}
