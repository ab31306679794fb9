package io.sentia.notifications.channels;

import java.nio.charset.StandardCharsets;

import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.SealedSecret;
import io.sentia.servicekit.crypto.SecretBinding;

/**
 * Channel secrets at rest: each sealed with the kit's {@link EnvelopeSealer} under its
 * own data key and bound to what it belongs to (purpose and row), stored as one value.
 */
public final class ChannelSecrets {

	private final EnvelopeSealer sealer;

	/**
	 * Channel secrets sealed with the service's one sealer.
	 * @param sealer the sealer of {@code secrets.SecretConfiguration}
	 */
	public ChannelSecrets(EnvelopeSealer sealer) {
		this.sealer = sealer;
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

}
