package io.sentia.integrations.shopify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shopify's webhook signature: {@code X-Shopify-Hmac-Sha256} = Base64(HMAC-SHA256(raw
 * body, app client secret)). Computed over the bytes as received (never re-serialised
 * JSON) and compared in constant time.
 */
final class ShopifyWebhookSignature {

	private ShopifyWebhookSignature() {
	}

	/** The signature Shopify would send for {@code body}. */
	static String sign(byte[] body, String secret) {
		return Base64.getEncoder().encodeToString(hmac(body, secret));
	}

	/** Whether {@code header} is the body's signature under {@code secret}. */
	static boolean matches(byte[] body, String header, String secret) {
		byte[] claimed;
		try {
			claimed = Base64.getDecoder().decode(header.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(body, secret), claimed);
	}

	private static byte[] hmac(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
