package io.sentia.integrations.xero;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Xero's webhook signature: {@code x-xero-signature} = Base64(HMAC-SHA256(raw body,
 * webhook key)), computed over the bytes as received and compared in constant time.
 */
final class XeroWebhookSignature {

	private XeroWebhookSignature() {
	}

	/** The signature Xero would send for {@code body}. */
	static String sign(byte[] body, String key) {
		return Base64.getEncoder().encodeToString(hmac(body, key));
	}

	/**
	 * Whether {@code header} is the body's signature under {@code key}; never for an
	 * empty key or a header that is not Base64.
	 */
	static boolean matches(byte[] body, String header, String key) {
		if (header == null || key == null || key.isEmpty()) {
			return false;
		}
		byte[] claimed;
		try {
			claimed = Base64.getDecoder().decode(header.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(body, key), claimed);
	}

	private static byte[] hmac(byte[] body, String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
