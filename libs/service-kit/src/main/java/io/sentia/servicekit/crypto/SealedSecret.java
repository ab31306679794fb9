package io.sentia.servicekit.crypto;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One secret as stored: its value sealed by its own data key, and that data key sealed by
 * the key-encryption key {@code kekId}. Store the three parts in columns of their own, or
 * as one value with {@link #toBytes()}.
 *
 * @param kekId the version id of the key-encryption key that wrapped the data key
 * @param wrappedKey the sealed data key
 * @param ciphertext the sealed value
 */
public record SealedSecret(String kekId, byte[] wrappedKey, byte[] ciphertext) {

	/**
	 * Leading bytes of {@link #toBytes()}, {@code SEN1}; tells an envelope from a value
	 * sealed directly under a key before envelope encryption.
	 */
	private static final byte[] MAGIC = "SEN1".getBytes(StandardCharsets.US_ASCII);

	/**
	 * The secret as one value: {@code SEN1}, the key id's length (1 byte) and ASCII, the
	 * wrapped key's length (2 bytes) and bytes, then the ciphertext.
	 * @return the stored form
	 */
	public byte[] toBytes() {
		byte[] kek = this.kekId.getBytes(StandardCharsets.US_ASCII);
		return ByteBuffer.allocate(MAGIC.length + 1 + kek.length + 2 + this.wrappedKey.length + this.ciphertext.length)
			.put(MAGIC)
			.put((byte) kek.length)
			.put(kek)
			.putShort((short) this.wrappedKey.length)
			.put(this.wrappedKey)
			.put(this.ciphertext)
			.array();
	}

	/**
	 * Reads what {@link #toBytes()} wrote.
	 * @param stored the stored form
	 * @return the secret
	 * @throws SealedSecretException if the value is not in that form or is cut short
	 */
	public static SealedSecret fromBytes(byte[] stored) {
		if (!isEnvelope(stored)) {
			throw new SealedSecretException("sealed secret does not start with "
					+ new String(MAGIC, StandardCharsets.US_ASCII) + " (" + stored.length + " bytes)");
		}
		try {
			ByteBuffer buffer = ByteBuffer.wrap(stored, MAGIC.length, stored.length - MAGIC.length);
			byte[] kek = new byte[Byte.toUnsignedInt(buffer.get())];
			buffer.get(kek);
			byte[] wrapped = new byte[Short.toUnsignedInt(buffer.getShort())];
			buffer.get(wrapped);
			byte[] ciphertext = new byte[buffer.remaining()];
			buffer.get(ciphertext);
			return new SealedSecret(new String(kek, StandardCharsets.US_ASCII), wrapped, ciphertext);
		}
		catch (BufferUnderflowException ex) {
			throw new SealedSecretException("sealed secret is cut short (" + stored.length + " bytes)", ex);
		}
	}

	/**
	 * Whether a stored value is in the form of {@link #toBytes()}.
	 * @param stored the stored value
	 * @return {@code true} if it starts as {@link #toBytes()} does
	 */
	public static boolean isEnvelope(byte[] stored) {
		return stored.length >= MAGIC.length && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SealedSecret that && this.kekId.equals(that.kekId)
				&& Arrays.equals(this.wrappedKey, that.wrappedKey) && Arrays.equals(this.ciphertext, that.ciphertext);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.kekId.hashCode() + Arrays.hashCode(this.wrappedKey)) + Arrays.hashCode(this.ciphertext);
	}

	@Override
	public String toString() {
		return "SealedSecret[" + this.kekId + "]";
	}

}
