package io.sentia.auth.key;

import java.time.Duration;
import java.util.Base64;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.sentia.servicekit.crypto.KeyEncryptionKey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Signing-key settings ({@code sentia.auth.signing-keys.*}).
 *
 * @param encryptionKey base64 of the 32-byte AES key that encrypts private keys at rest;
 * env {@code SENTIA_AUTH_KEY_ENCRYPTION_KEY}. The development default is refused under
 * the {@code prod} profile.
 * @param rotationInterval age after which the scheduled job rotates the signing key
 * @param retiredKeyRetention how long a retired key stays published for verification;
 * must exceed the access-token lifetime plus clock skew
 * @param keySize RSA modulus length in bits
 * @param cacheTimeToLive how long the key set is cached in memory (so other instances see
 * a rotation within this time)
 */
@Validated
@ConfigurationProperties("sentia.auth.signing-keys")
public record SigningKeyProperties(@NotBlank String encryptionKey,
		@NotNull @DefaultValue("30d") Duration rotationInterval,
		@NotNull @DefaultValue("15m") Duration retiredKeyRetention, @Min(2048) @DefaultValue("2048") int keySize,
		@NotNull @DefaultValue("30s") Duration cacheTimeToLive) {

	/**
	 * The development key-encryption key (public in this repository). Never valid in
	 * production.
	 */
	public static final String DEVELOPMENT_ENCRYPTION_KEY = "c2VudGlhLWRldi1rZXktZW5jcnlwdGlvbi1rZXktMzI=";

	public SigningKeyProperties {
		if (encryptionKey != null && !encryptionKey.isBlank()) {
			keyEncryptionKey(encryptionKey);
		}
	}

	/**
	 * Whether the development key is configured.
	 * @return {@code true} for the public development key
	 */
	public boolean usesDevelopmentKey() {
		return keyEncryptionKey().isDevelopmentKey();
	}

	/**
	 * The key-encryption key, knowing whether it is the development key.
	 * @return the configured key
	 */
	public KeyEncryptionKey keyEncryptionKey() {
		return keyEncryptionKey(this.encryptionKey);
	}

	private static KeyEncryptionKey keyEncryptionKey(String encryptionKey) {
		return KeyEncryptionKey.fromBase64("sentia.auth.signing-keys.encryption-key (SENTIA_AUTH_KEY_ENCRYPTION_KEY)",
				encryptionKey, DEVELOPMENT_ENCRYPTION_KEY);
	}

	public byte[] encryptionKeyBytes() {
		return Base64.getDecoder().decode(this.encryptionKey.trim());
	}

}
