package io.sentia.auth.mfa;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.sentia.auth.key.SigningKeyProperties;

import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM. The key is derived from the service's
 * key-encryption key ({@code SENTIA_AUTH_KEY_ENCRYPTION_KEY}, the one that protects the
 * signing keys) with HMAC-SHA-256 over a purpose label, so the two uses never share a
 * key; the user id is authenticated as associated data, so a secret copied to another
 * user's row does not decrypt. Stored form: 12-byte nonce, then ciphertext and tag.
 */
@Component
class TotpSecretCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final byte[] PURPOSE = "sentia-auth/totp-secret/v1".getBytes(StandardCharsets.US_ASCII);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	TotpSecretCipher(SigningKeyProperties keys) {
		this.key = derive(Base64.getDecoder().decode(keys.encryptionKey().trim()));
	}

	byte[] encrypt(UUID userId, byte[] secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(userId.toString().getBytes(StandardCharsets.US_ASCII));
			byte[] ciphertext = cipher.doFinal(secret);
			return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt the TOTP secret of user " + userId, ex);
		}
	}

	byte[] decrypt(UUID userId, byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			cipher.updateAAD(userId.toString().getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt the TOTP secret of user " + userId
					+ ": is the key-encryption key the one it was encrypted with?", ex);
		}
	}

	private static SecretKey derive(byte[] keyEncryptionKey) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(keyEncryptionKey, "HmacSHA256"));
			return new SecretKeySpec(mac.doFinal(PURPOSE), "AES");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required of every Java platform", ex);
		}
	}

}
