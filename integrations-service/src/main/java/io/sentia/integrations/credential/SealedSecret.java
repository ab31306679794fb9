package io.sentia.integrations.credential;

/**
 * One secret as stored: its value sealed by its own data key, and that data key sealed by
 * the key-encryption key {@code kekId}.
 *
 * @param kekId which key-encryption key wrapped the data key
 * @param wrappedKey the sealed data key
 * @param ciphertext the sealed value
 */
record SealedSecret(String kekId, byte[] wrappedKey, byte[] ciphertext) {

	@Override
	public String toString() {
		return "SealedSecret[" + this.kekId + "]";
	}

}
