package io.sentia.integrations.unleashed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Computes Unleashed's {@code api-auth-signature}. */
public final class UnleashedSigner {

	private UnleashedSigner() {
	}

	/**
	 * Base64(HMAC-SHA256(key = API key, message = query string)).
	 * @param query the exact query string sent, without {@code ?}; empty when none
	 * @param apiKey the account's API key
	 * @return the signature
	 */
	public static String sign(String query, String apiKey) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(query.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
