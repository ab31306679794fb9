package io.sentia.auth.mfa;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.sentia.auth.key.SigningKeyProperties;
import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.SecretBinding;

import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest through the kit's {@link EnvelopeSealer}, under the
 * service's key-encryption key ({@code SENTIA_AUTH_KEY_ENCRYPTION_KEY}, the one that
 * protects the signing keys); the purpose and the user id are bound to each secret, so a
 * secret copied to another user's row, or read as a signing key, does not decrypt.
 * Secrets stored before envelope encryption (sealed directly under a key derived from the
 * key-encryption key) still open.
 */
@Component
class TotpSecretCipher {

	private static final String PURPOSE = "sentia.auth.totp-secret";

	/** Label of the key secrets were sealed under before envelope encryption. */
	private static final byte[] LEGACY_PURPOSE = "sentia-auth/totp-secret/v1".getBytes(StandardCharsets.US_ASCII);

	private final EnvelopeSealer sealer;

	private final byte[] legacyKey;

	TotpSecretCipher(SigningKeyProperties keys) {
		this.sealer = new EnvelopeSealer(keys.keyEncryptionKey(), null);
		this.legacyKey = derive(keys.encryptionKeyBytes());
	}

	byte[] encrypt(UUID userId, byte[] secret) {
		return this.sealer.seal(binding(userId), secret).toBytes();
	}

	byte[] decrypt(UUID userId, byte[] stored) {
		EnvelopeSealer.LegacySeal legacy = new EnvelopeSealer.LegacySeal(this.legacyKey,
				userId.toString().getBytes(StandardCharsets.US_ASCII));
		try {
			return this.sealer.open(binding(userId), stored, legacy);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("Could not decrypt the TOTP secret of user " + userId
					+ ": is the key-encryption key the one it was encrypted with?", ex);
		}
	}

	private static SecretBinding binding(UUID userId) {
		return new SecretBinding(PURPOSE, userId.toString());
	}

	private static byte[] derive(byte[] keyEncryptionKey) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(keyEncryptionKey, "HmacSHA256"));
			return mac.doFinal(LEGACY_PURPOSE);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required of every Java platform", ex);
		}
	}

}
