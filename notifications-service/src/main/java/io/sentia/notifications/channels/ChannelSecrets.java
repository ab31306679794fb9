package io.sentia.notifications.channels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.KeyEncryptionKey;
import io.sentia.servicekit.crypto.SealedSecret;
import io.sentia.servicekit.crypto.SecretBinding;
import org.jspecify.annotations.Nullable;

/**
 * Channel secrets at rest: each sealed with the kit's {@link EnvelopeSealer} under its
 * own data key and bound to what it belongs to (purpose and row), stored as one value.
 */
public final class ChannelSecrets {

	private final EnvelopeSealer sealer;

	ChannelSecrets(EnvelopeSealer sealer) {
		this.sealer = sealer;
	}

	/**
	 * Reads the keys from the configuration: inline value first, then file, then the
	 * development key where allowed.
	 * @param properties the configuration
	 * @param production whether the {@code prod} profile is active
	 * @return the secrets' sealer
	 * @throws IllegalStateException naming the variable to set when no usable key is
	 * configured, or the development key under {@code prod}
	 */
	static ChannelSecrets from(ChannelSecretsProperties properties, boolean production) {
		String current = resolve("SENTIA_NOTIFICATIONS_SECRETS_KEK", properties.kek(), properties.kekFile());
		if (current == null) {
			if (!properties.allowDevelopmentKek() || production) {
				throw new IllegalStateException("No key-encryption key for channel secrets: set "
						+ "SENTIA_NOTIFICATIONS_SECRETS_KEK (base64 of 32 random bytes) or "
						+ "SENTIA_NOTIFICATIONS_SECRETS_KEKFILE.");
			}
			current = ChannelSecretsProperties.DEVELOPMENT_KEK;
		}
		KeyEncryptionKey currentKey = key("SENTIA_NOTIFICATIONS_SECRETS_KEK", current);
		if (production && currentKey.isDevelopmentKey()) {
			throw new IllegalStateException("Refusing to start under the prod profile with the public development "
					+ "key-encryption key of channel secrets: set SENTIA_NOTIFICATIONS_SECRETS_KEK.");
		}
		String previous = resolve("SENTIA_NOTIFICATIONS_SECRETS_PREVIOUSKEK", properties.previousKek(),
				properties.previousKekFile());
		return new ChannelSecrets(new EnvelopeSealer(currentKey,
				(previous != null) ? key("SENTIA_NOTIFICATIONS_SECRETS_PREVIOUSKEK", previous) : null));
	}

	/**
	 * Seals a secret.
	 * @param purpose what kind of secret, e.g.
	 * {@code sentia.notifications.webhook-secret}
	 * @param subject which one: tenant and row
	 * @param secret the secret
	 * @return the stored form
	 */
	public byte[] seal(String purpose, String subject, String secret) {
		return this.sealer.seal(new SecretBinding(purpose, subject), secret.getBytes(StandardCharsets.UTF_8)).toBytes();
	}

	/**
	 * Opens a sealed secret.
	 * @param purpose what kind of secret it must be
	 * @param subject which one it must be
	 * @param stored the stored form
	 * @return the secret
	 * @throws io.sentia.servicekit.crypto.SealedSecretException if it does not open (a
	 * changed byte, another row, an unknown key)
	 */
	public String open(String purpose, String subject, byte[] stored) {
		return new String(this.sealer.open(new SecretBinding(purpose, subject), SealedSecret.fromBytes(stored)),
				StandardCharsets.UTF_8);
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
			return KeyEncryptionKey.fromBase64(name, base64, ChannelSecretsProperties.DEVELOPMENT_KEK);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

}
