package io.sentia.auth.mfa;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import io.sentia.auth.crypto.AesGcmSealer;
import io.sentia.auth.key.SigningKeyProperties;

import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM. The key is derived from the service's
 * key-encryption key ({@code SENTIA_AUTH_KEY_ENCRYPTION_KEY}, the one that protects the
 * signing keys) with HMAC-SHA-256 over a purpose label, so the two uses never share a
 * key; the user id is authenticated as associated data, so a secret copied to another
 * user's row does not decrypt.
 */
@Component
class TotpSecretCipher {

	private static final byte[] PURPOSE = "sentia-auth/totp-secret/v1".getBytes(StandardCharsets.US_ASCII);

	private final AesGcmSealer sealer;

	TotpSecretCipher(SigningKeyProperties keys) {
		this.sealer = new AesGcmSealer(derive(keys.encryptionKeyBytes()));
	}

	byte[] encrypt(UUID userId, byte[] secret) {
		try {
			return this.sealer.seal(userId.toString().getBytes(StandardCharsets.US_ASCII), secret);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt the TOTP secret of user " + userId, ex);
		}
	}

	byte[] decrypt(UUID userId, byte[] stored) {
		try {
			return this.sealer.open(userId.toString().getBytes(StandardCharsets.US_ASCII), stored);
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
