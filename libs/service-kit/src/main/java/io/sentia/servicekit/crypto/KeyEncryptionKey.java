package io.sentia.servicekit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;

import org.jspecify.annotations.Nullable;

/**
 * A key-encryption key (AES-256), its version id and whether it is a service's public
 * development key. The id is a fingerprint of the key (a truncated SHA-256, which reveals
 * nothing of a random 256-bit key), stored beside each wrapped data key so a rotation
 * knows which key wrapped it; it never changes for a key, so ids stored by earlier
 * releases still match.
 */
public final class KeyEncryptionKey {

	/**
	 * Prefix of the fingerprint; the one integrations-service's first ids were computed
	 * with, kept so they still match.
	 */
	private static final String FINGERPRINT_LABEL = "sentia-integrations-kek:";

	private final String id;

	private final SecretKey key;

	private final boolean development;

	private KeyEncryptionKey(byte[] key, boolean development) {
		if (key.length != AesGcm.KEY_BYTES) {
			throw new IllegalArgumentException("a key-encryption key must be 32 bytes (AES-256), not " + key.length);
		}
		this.id = fingerprint(key);
		this.key = AesGcm.key(key);
		this.development = development;
	}

	/**
	 * A key given as bytes.
	 * @param key 32 bytes
	 * @return the key, not a development key
	 * @throws IllegalArgumentException when the key is not 32 bytes
	 */
	public static KeyEncryptionKey of(byte[] key) {
		return new KeyEncryptionKey(key, false);
	}

	/**
	 * A key as configured: base64 of 32 bytes.
	 * @param setting the property or variable it came from, named in errors
	 * @param base64 the configured value
	 * @param developmentKey the service's public development key (base64), or
	 * {@code null} if it has none
	 * @return the key, knowing whether it is the development key
	 * @throws IllegalArgumentException naming the setting (never its value) when the
	 * value is not base64 of 32 bytes
	 */
	public static KeyEncryptionKey fromBase64(String setting, String base64, @Nullable String developmentKey) {
		String value = base64.trim();
		byte[] key;
		try {
			key = Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(setting + " must be base64 of 32 bytes", ex);
		}
		if (key.length != AesGcm.KEY_BYTES) {
			throw new IllegalArgumentException(
					setting + " must be 32 bytes (AES-256) once base64-decoded, not " + key.length);
		}
		return new KeyEncryptionKey(key, developmentKey != null && developmentKey.trim().equals(value));
	}

	/**
	 * The version id stored beside every data key this key wraps.
	 * @return {@code kek-} and 16 hex digits
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Whether this is the service's public development key, which production refuses.
	 * @return {@code true} for the development key
	 */
	public boolean isDevelopmentKey() {
		return this.development;
	}

	SecretKey secretKey() {
		return this.key;
	}

	private static String fingerprint(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((FINGERPRINT_LABEL + HexFormat.of().formatHex(key)).getBytes(StandardCharsets.UTF_8));
			return "kek-" + HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	@Override
	public String toString() {
		return "KeyEncryptionKey[" + this.id + (this.development ? ", development" : "") + "]";
	}

}
