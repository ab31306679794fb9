package io.sentia.notifications.channels.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook as the Standard Webhooks specification says: HMAC-SHA256 with the
 * base64-decoded secret (after its {@code whsec_} prefix) over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, base64, as {@code v1,<signature>}; one
 * per valid secret, space-separated, so a receiver that knows either secret verifies
 * during a rotation.
 */
final class WebhookSigner {

	static final String SECRET_PREFIX = "whsec_";

	private static final int SECRET_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSigner() {
	}

	/**
	 * A new secret.
	 * @return {@code whsec_} and base64 of 32 random bytes
	 */
	static String newSecret() {
		byte[] key = new byte[SECRET_BYTES];
		RANDOM.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The {@code webhook-signature} header.
	 * @param id the {@code webhook-id}
	 * @param timestamp the {@code webhook-timestamp}, seconds since the epoch
	 * @param body the exact body sent
	 * @param secrets the valid secrets, newest first
	 * @return {@code v1,<base64>} per secret, space-separated
	 */
	static String signature(String id, long timestamp, String body, List<String> secrets) {
		byte[] content = (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
		return secrets.stream().map((secret) -> "v1," + hmac(key(secret), content)).collect(Collectors.joining(" "));
	}

	private static byte[] key(String secret) {
		String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		return Base64.getDecoder().decode(encoded);
	}

	private static String hmac(byte[] key, byte[] content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(content));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is required of every Java platform", ex);
		}
	}

}
