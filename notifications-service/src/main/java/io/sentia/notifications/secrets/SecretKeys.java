package io.sentia.notifications.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.KeyEncryptionKey;
import org.jspecify.annotations.Nullable;

/**
 * Makes the service's one envelope sealer from its key settings: inline value first, then
 * file, then the public development key where allowed.
 */
public final class SecretKeys {

	private SecretKeys() {
	}

	/**
	 * The sealer of the configured keys.
	 * @param properties the configuration
	 * @param production whether the {@code prod} profile is active
	 * @return the sealer
	 * @throws IllegalStateException naming the variable to set when no usable key is
	 * configured, or the development key under {@code prod}
	 */
	public static EnvelopeSealer sealer(SecretProperties properties, boolean production) {
		String current = resolve("SENTIA_NOTIFICATIONS_SECRETS_KEK", properties.kek(), properties.kekFile());
		if (current == null) {
			if (!properties.allowDevelopmentKek() || production) {
				throw new IllegalStateException("No key-encryption key for notification secrets: set "
						+ "SENTIA_NOTIFICATIONS_SECRETS_KEK (base64 of 32 random bytes) or "
						+ "SENTIA_NOTIFICATIONS_SECRETS_KEKFILE.");
			}
			current = SecretProperties.DEVELOPMENT_KEK;
		}
		KeyEncryptionKey currentKey = key("SENTIA_NOTIFICATIONS_SECRETS_KEK", current);
		if (production && currentKey.isDevelopmentKey()) {
			throw new IllegalStateException("Refusing to start under the prod profile with the public development "
					+ "key-encryption key of notification secrets: set SENTIA_NOTIFICATIONS_SECRETS_KEK.");
		}
		String previous = resolve("SENTIA_NOTIFICATIONS_SECRETS_PREVIOUSKEK", properties.previousKek(),
				properties.previousKekFile());
		return new EnvelopeSealer(currentKey,
				(previous != null) ? key("SENTIA_NOTIFICATIONS_SECRETS_PREVIOUSKEK", previous) : null);
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
			return KeyEncryptionKey.fromBase64(name, base64, SecretProperties.DEVELOPMENT_KEK);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

}
