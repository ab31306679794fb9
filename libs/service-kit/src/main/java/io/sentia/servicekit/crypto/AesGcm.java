package io.sentia.servicekit.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM with a fresh 12-byte nonce per value and associated data naming what the value
 * belongs to, so a sealed value copied elsewhere does not open. Sealed form: nonce, then
 * ciphertext and 128-bit tag (the form both services stored before envelope encryption).
 */
final class AesGcm {

	static final int KEY_BYTES = 32;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BYTES = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private AesGcm() {
	}

	static byte[] seal(SecretKey key, byte[] associatedData, byte[] plaintext) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
			cipher.updateAAD(associatedData);
			byte[] ciphertext = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-256-GCM is required of every Java platform", ex);
		}
	}

	/**
	 * Opens a sealed value.
	 * @throws SealedSecretException when the value is too short, or the key, the
	 * associated data or any byte differs
	 */
	static byte[] open(SecretKey key, byte[] associatedData, byte[] sealed, String what) {
		if (sealed.length < NONCE_BYTES + TAG_BYTES) {
			throw new SealedSecretException(what + " is too short to be sealed (" + sealed.length + " bytes, at least "
					+ (NONCE_BYTES + TAG_BYTES) + ")");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
		}
		catch (AEADBadTagException ex) {
			throw new SealedSecretException(
					what + " does not open: it was changed, or sealed under another key or for something else", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-256-GCM is required of every Java platform", ex);
		}
	}

	static SecretKey key(byte[] bytes) {
		return new SecretKeySpec(bytes, "AES");
	}

	static byte[] randomKey() {
		byte[] key = new byte[KEY_BYTES];
		RANDOM.nextBytes(key);
		return key;
	}

}
