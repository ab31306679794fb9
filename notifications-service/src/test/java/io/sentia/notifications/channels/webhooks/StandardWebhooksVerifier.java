package io.sentia.notifications.channels.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks delivery, written from the specification
 * (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md)
 * and not from our signer: the signed content is {@code msg_id.timestamp.payload}; the
 * key is the base64 part of the {@code whsec_} secret; the header holds space-delimited
 * {@code version,signature} pairs of which one {@code v1} signature must match (compared
 * in constant time); the timestamp must be within the tolerance of now.
 */
final class StandardWebhooksVerifier {

	static final Duration TOLERANCE = Duration.ofMinutes(5);

	private StandardWebhooksVerifier() {
	}

	static boolean verifies(String secret, String msgId, String timestamp, String signatureHeader, String payload,
			Instant now) {
		if (msgId == null || timestamp == null || signatureHeader == null) {
			return false;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
			return false;
		}
		byte[] expected = expectedSignature(secret, msgId + "." + timestamp + "." + payload);
		for (String versioned : signatureHeader.split(" ")) {
			int comma = versioned.indexOf(',');
			if (comma < 0 || !versioned.substring(0, comma).equals("v1")) {
				continue;
			}
			byte[] given;
			try {
				given = Base64.getDecoder().decode(versioned.substring(comma + 1));
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			if (MessageDigest.isEqual(expected, given)) {
				return true;
			}
		}
		return false;
	}

	private static byte[] expectedSignature(String secret, String content) {
		String base64 = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64), "HmacSHA256"));
			return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
