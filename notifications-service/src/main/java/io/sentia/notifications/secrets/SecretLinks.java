package io.sentia.notifications.secrets;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.SealedSecret;
import io.sentia.servicekit.crypto.SecretBinding;

/**
 * Seals links that carry a token (a password reset, an invitation, an acknowledge link)
 * to the row they belong to, so a database copy reveals no token and a sealed link moved
 * to another row does not open.
 */
public class SecretLinks {

	/** Purpose of the links of account mail, bound to the delivery id. */
	public static final String ACCOUNT_MAIL = "sentia.notifications.account-mail-link";

	/** Purpose of acknowledge links, bound to the notification id. */
	public static final String ACKNOWLEDGE = "sentia.notifications.acknowledge-link";

	private final EnvelopeSealer sealer;

	public SecretLinks(EnvelopeSealer sealer) {
		this.sealer = sealer;
	}

	/**
	 * Seals a link.
	 * @param purpose {@link #ACCOUNT_MAIL} or {@link #ACKNOWLEDGE}
	 * @param subject the id of the row it belongs to
	 * @param link the link
	 * @return the stored form
	 */
	public byte[] seal(String purpose, String subject, URI link) {
		return this.sealer.seal(new SecretBinding(purpose, subject), link.toString().getBytes(StandardCharsets.UTF_8))
			.toBytes();
	}

	/**
	 * Opens a sealed link.
	 * @param purpose what it was sealed for
	 * @param subject the id of the row it belongs to
	 * @param sealed the stored form
	 * @return the link
	 */
	public URI open(String purpose, String subject, byte[] sealed) {
		return URI
			.create(new String(this.sealer.open(new SecretBinding(purpose, subject), SealedSecret.fromBytes(sealed)),
					StandardCharsets.UTF_8));
	}

}
