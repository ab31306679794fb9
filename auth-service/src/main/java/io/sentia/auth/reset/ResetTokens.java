package io.sentia.auth.reset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes and hashes the opaque tokens of the reset flow: 32 random bytes, URL-safe base64
 * for the link, and only their SHA-256 in the database, so a leaked table cannot be used
 * to reset anyone's password.
 */
public final class ResetTokens {

	private static final int TOKEN_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ResetTokens() {
	}

	/**
	 * Generates a token.
	 * @return 43 URL-safe base64 characters
	 */
	public static String generate() {
		byte[] bytes = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Hashes a token as it arrives in a request.
	 * @param token the token
	 * @return the SHA-256 of its text
	 */
	public static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
