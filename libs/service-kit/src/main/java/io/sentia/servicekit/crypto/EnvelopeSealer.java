package io.sentia.servicekit.crypto;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Envelope encryption of secrets at rest with AES-256-GCM: each secret is sealed by a
 * fresh random data key, and the data key by the current key-encryption key. The value's
 * seal binds its {@link SecretBinding}; the data key's seal binds the binding and the
 * key-encryption key's id. Rotating the key-encryption key re-wraps data keys
 * ({@link #rewrap}); values are never re-encrypted, so nothing is lost half-way.
 */
public final class EnvelopeSealer {

	private final KeyEncryptionKey current;

	private final Map<String, KeyEncryptionKey> known = new LinkedHashMap<>();

	/**
	 * Creates a sealer.
	 * @param current wraps new data keys
	 * @param previous still opens data keys it wrapped until they are re-wrapped; may be
	 * {@code null}
	 */
	public EnvelopeSealer(KeyEncryptionKey current, @Nullable KeyEncryptionKey previous) {
		this.current = current;
		this.known.put(current.id(), current);
		if (previous != null) {
			this.known.putIfAbsent(previous.id(), previous);
		}
	}

	/**
	 * The id of the key-encryption key that wraps new data keys.
	 * @return its version id
	 */
	public String currentKekId() {
		return this.current.id();
	}

	/**
	 * Whether new secrets are wrapped by the public development key.
	 * @return {@code true} for the development key, which production refuses
	 */
	public boolean usesDevelopmentKey() {
		return this.current.isDevelopmentKey();
	}

	/**
	 * Whether a data key wrapped by {@code kekId} can be opened.
	 * @param kekId a stored key-encryption key id
	 * @return {@code true} for the current or the previous key
	 */
	public boolean knows(String kekId) {
		return this.known.containsKey(kekId);
	}

	/**
	 * Seals a secret under a fresh data key wrapped by the current key.
	 * @param binding what the secret belongs to
	 * @param plaintext the secret
	 * @return the sealed secret
	 */
	public SealedSecret seal(SecretBinding binding, byte[] plaintext) {
		byte[] dataKey = AesGcm.randomKey();
		try {
			byte[] ciphertext = AesGcm.seal(AesGcm.key(dataKey), binding.valueAssociatedData(), plaintext);
			return new SealedSecret(this.current.id(), wrap(binding, dataKey), ciphertext);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/**
	 * Opens a sealed secret.
	 * @param binding what the secret must belong to
	 * @param sealed the sealed secret
	 * @return the secret
	 * @throws SealedSecretException if its key-encryption key is unknown, or a byte, the
	 * binding or a key differs
	 */
	public byte[] open(SecretBinding binding, SealedSecret sealed) {
		byte[] dataKey = unwrap(binding, sealed);
		try {
			return AesGcm.open(AesGcm.key(dataKey), binding.valueAssociatedData(), sealed.ciphertext(),
					"the value of " + describe(binding));
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/**
	 * Opens a secret stored as one value: as {@link SealedSecret#toBytes()} wrote it or,
	 * for a value stored before envelope encryption (nonce, ciphertext and tag sealed
	 * directly under a key), with that key.
	 * @param binding what the secret must belong to
	 * @param stored the stored value
	 * @param legacy how values stored before envelope encryption were sealed, or
	 * {@code null} if there are none
	 * @return the secret
	 * @throws SealedSecretException if it does not open
	 */
	public byte[] open(SecretBinding binding, byte[] stored, @Nullable LegacySeal legacy) {
		if (legacy == null) {
			return open(binding, SealedSecret.fromBytes(stored));
		}
		if (!SealedSecret.isEnvelope(stored)) {
			return legacy.open(stored, describe(binding));
		}
		try {
			return open(binding, SealedSecret.fromBytes(stored));
		}
		catch (SealedSecretException ex) {
			// A legacy value whose random nonce happens to start like an envelope.
			try {
				return legacy.open(stored, describe(binding));
			}
			catch (SealedSecretException legacyFailure) {
				throw ex;
			}
		}
	}

	/**
	 * The same secret with its data key wrapped by the current key; the value's
	 * ciphertext is kept as it is.
	 * @param binding what the secret belongs to
	 * @param sealed the sealed secret, wrapped by the current or the previous key
	 * @return the re-wrapped secret
	 * @throws SealedSecretException if its data key does not open
	 */
	public SealedSecret rewrap(SecretBinding binding, SealedSecret sealed) {
		byte[] dataKey = unwrap(binding, sealed);
		try {
			return new SealedSecret(this.current.id(), wrap(binding, dataKey), sealed.ciphertext());
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	private byte[] wrap(SecretBinding binding, byte[] dataKey) {
		return AesGcm.seal(this.current.secretKey(), binding.keyAssociatedData(this.current.id()), dataKey);
	}

	private byte[] unwrap(SecretBinding binding, SealedSecret sealed) {
		KeyEncryptionKey kek = this.known.get(sealed.kekId());
		if (kek == null) {
			throw new SealedSecretException(describe(binding) + " is wrapped by key-encryption key " + sealed.kekId()
					+ ", which is neither the current (" + this.current.id() + ") nor the previous one");
		}
		return AesGcm.open(kek.secretKey(), binding.keyAssociatedData(kek.id()), sealed.wrappedKey(),
				"the data key of " + describe(binding) + " under key-encryption key " + kek.id());
	}

	private static String describe(SecretBinding binding) {
		return binding.purpose() + " '" + binding.subject() + "'";
	}

	/**
	 * How a service sealed values before envelope encryption: AES-256-GCM directly under
	 * one key, stored as nonce, ciphertext and tag.
	 *
	 * @param key the 32-byte key they were sealed under
	 * @param associatedData what they were bound to
	 */
	public record LegacySeal(byte[] key, byte[] associatedData) {

		byte[] open(byte[] stored, String what) {
			return AesGcm.open(AesGcm.key(this.key), this.associatedData, stored, what);
		}

		@Override
		public String toString() {
			return "LegacySeal[key hidden]";
		}

	}

}
