package io.sentia.integrations.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Envelope encryption of one secret: a random data key seals the value, the current
 * key-encryption key seals the data key. The value's seal binds connection and name; the
 * data key's seal binds connection, name and key-encryption key id.
 */
final class EnvelopeCipher {

	private final KeyEncryptionKey current;

	private final Map<String, KeyEncryptionKey> known = new LinkedHashMap<>();

	/**
	 * @param current wraps new data keys
	 * @param previous still opens data keys it wrapped, until they are re-wrapped
	 */
	EnvelopeCipher(KeyEncryptionKey current, @Nullable KeyEncryptionKey previous) {
		this.current = current;
		this.known.put(current.id(), current);
		if (previous != null) {
			this.known.putIfAbsent(previous.id(), previous);
		}
	}

	/** The id of the key that wraps new data keys. */
	String currentKekId() {
		return this.current.id();
	}

	SealedSecret seal(UUID connectionId, String name, String value) {
		byte[] dataKey = AesGcmSealer.randomKey();
		try {
			byte[] ciphertext = new AesGcmSealer(new SecretKeySpec(dataKey, "AES"))
				.seal(valueBinding(connectionId, name), value.getBytes(StandardCharsets.UTF_8));
			byte[] wrapped = this.current.sealer().seal(keyBinding(connectionId, name, this.current.id()), dataKey);
			return new SealedSecret(this.current.id(), wrapped, ciphertext);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt credential '" + name + "' of connection " + connectionId,
					ex);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	String open(UUID connectionId, String name, SealedSecret sealed) {
		byte[] dataKey = unwrap(connectionId, name, sealed);
		try {
			byte[] value = new AesGcmSealer(new SecretKeySpec(dataKey, "AES")).open(valueBinding(connectionId, name),
					sealed.ciphertext());
			return new String(value, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"credential '" + name + "' of connection " + connectionId + " does not open with its data key", ex);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/**
	 * The same secret with its data key wrapped by the current key-encryption key; the
	 * value's ciphertext is kept as it is.
	 */
	SealedSecret rewrap(UUID connectionId, String name, SealedSecret sealed) {
		byte[] dataKey = unwrap(connectionId, name, sealed);
		try {
			byte[] wrapped = this.current.sealer().seal(keyBinding(connectionId, name, this.current.id()), dataKey);
			return new SealedSecret(this.current.id(), wrapped, sealed.ciphertext());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot re-wrap credential '" + name + "' of connection " + connectionId,
					ex);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/** Whether a data key wrapped by {@code kekId} can be opened. */
	boolean knows(String kekId) {
		return this.known.containsKey(kekId);
	}

	private byte[] unwrap(UUID connectionId, String name, SealedSecret sealed) {
		KeyEncryptionKey kek = this.known.get(sealed.kekId());
		if (kek == null) {
			throw new IllegalStateException("credential '" + name + "' of connection " + connectionId
					+ " is wrapped by key-encryption key " + sealed.kekId() + ", which is neither the current ("
					+ this.current.id() + ") nor the previous one: set SENTIA_INTEGRATIONS_KEK_PREVIOUS to it");
		}
		try {
			return kek.sealer().open(keyBinding(connectionId, name, kek.id()), sealed.wrappedKey());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the data key of credential '" + name + "' of connection " + connectionId
					+ " does not open with key-encryption key " + kek.id(), ex);
		}
	}

	private static byte[] valueBinding(UUID connectionId, String name) {
		return ("sentia.integrations.credential.value|" + connectionId + "|" + name).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] keyBinding(UUID connectionId, String name, String kekId) {
		return ("sentia.integrations.credential.key|" + connectionId + "|" + name + "|" + kekId)
			.getBytes(StandardCharsets.UTF_8);
	}

}
