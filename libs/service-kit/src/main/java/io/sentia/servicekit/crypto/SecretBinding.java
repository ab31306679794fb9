package io.sentia.servicekit.crypto;

import java.nio.charset.StandardCharsets;

import org.springframework.util.Assert;

/**
 * What a sealed secret belongs to, authenticated with it so a secret copied to another
 * row or used for another purpose does not open.
 *
 * @param purpose what kind of secret, stable across releases, e.g.
 * {@code sentia.integrations.credential}
 * @param subject which one, e.g. a connection id and credential name
 */
public record SecretBinding(String purpose, String subject) {

	public SecretBinding {
		Assert.hasText(purpose, "purpose must not be empty");
		Assert.notNull(subject, "subject must not be null");
	}

	/** Associated data of the value under its data key. */
	byte[] valueAssociatedData() {
		return (this.purpose + ".value|" + this.subject).getBytes(StandardCharsets.UTF_8);
	}

	/** Associated data of the data key under a key-encryption key. */
	byte[] keyAssociatedData(String kekId) {
		return (this.purpose + ".key|" + this.subject + "|" + kekId).getBytes(StandardCharsets.UTF_8);
	}

}
