package io.sentia.integrations.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.spec.SecretKeySpec;

/**
 * A key-encryption key and its id. The id is a fingerprint of the key (a truncated
 * SHA-256, which reveals nothing of a random 256-bit key), stored beside each wrapped
 * data key so rotation knows which key wrapped it.
 */
final class KeyEncryptionKey {

	private final String id;

	private final AesGcmSealer sealer;

	private KeyEncryptionKey(String id, AesGcmSealer sealer) {
		this.id = id;
		this.sealer = sealer;
	}

	/**
	 * @param key 32 bytes
	 * @throws IllegalArgumentException when the key is not 32 bytes
	 */
	static KeyEncryptionKey of(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("a key-encryption key must be 32 bytes (AES-256), not " + key.length);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("sentia-integrations-kek:" + HexFormat.of().formatHex(key)).getBytes(StandardCharsets.UTF_8));
			return new KeyEncryptionKey("kek-" + HexFormat.of().formatHex(Arrays.copyOf(digest, 8)),
					new AesGcmSealer(new SecretKeySpec(key, "AES")));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	String id() {
		return this.id;
	}

	AesGcmSealer sealer() {
		return this.sealer;
	}

	@Override
	public String toString() {
		return "KeyEncryptionKey[" + this.id + "]";
	}

}
