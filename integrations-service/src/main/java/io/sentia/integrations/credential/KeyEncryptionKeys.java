package io.sentia.integrations.credential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.KeyEncryptionKey;
import org.jspecify.annotations.Nullable;

/**
 * Reads the key-encryption keys from {@link CredentialProperties}: inline value first,
 * then file, then the development key where allowed; refuses the development key under
 * the {@code prod} profile.
 */
final class KeyEncryptionKeys {

	private KeyEncryptionKeys() {
	}

	/**
	 * @param properties the configuration
	 * @param production whether the {@code prod} profile is active
	 * @return the sealer for the current (and previous) key
	 * @throws IllegalStateException naming the variable to set when no usable key is
	 * configured
	 */
	static EnvelopeSealer sealer(CredentialProperties properties, boolean production) {
		String current = resolve("sentia.integrations.credentials.kek (SENTIA_INTEGRATIONS_KEK)", properties.kek(),
				properties.kekFile());
		if (current == null) {
			if (!properties.allowDevelopmentKek()) {
				throw new IllegalStateException("No key-encryption key for connection credentials: set "
						+ "SENTIA_INTEGRATIONS_KEK (base64 of 32 random bytes) or SENTIA_INTEGRATIONS_KEK_FILE, "
						+ "or SENTIA_INTEGRATIONS_ALLOW_DEVELOPMENT_KEK=true outside production.");
			}
			current = CredentialProperties.DEVELOPMENT_KEK;
		}
		KeyEncryptionKey currentKey = key("SENTIA_INTEGRATIONS_KEK", current);
		if (production && currentKey.isDevelopmentKey()) {
			throw new IllegalStateException("Refusing to start under the prod profile with the public development "
					+ "key-encryption key: set SENTIA_INTEGRATIONS_KEK or SENTIA_INTEGRATIONS_KEK_FILE.");
		}
		String previous = resolve("sentia.integrations.credentials.previous-kek (SENTIA_INTEGRATIONS_KEK_PREVIOUS)",
				properties.previousKek(), properties.previousKekFile());
		return new EnvelopeSealer(currentKey,
				(previous != null) ? key("SENTIA_INTEGRATIONS_KEK_PREVIOUS", previous) : null);
	}

	private static @Nullable String resolve(String name, @Nullable String inline, @Nullable Path file) {
		if (inline != null && !inline.isBlank()) {
			return inline.trim();
		}
		if (file == null || file.toString().isBlank()) {
			return null;
		}
		try {
			return Files.readString(file, StandardCharsets.US_ASCII).trim();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read the key file of " + name + ": " + file, ex);
		}
	}

	private static KeyEncryptionKey key(String name, String base64) {
		try {
			return KeyEncryptionKey.fromBase64(name, base64, CredentialProperties.DEVELOPMENT_KEK);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

}
