package io.sentia.notifications.decisions;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links back into the web app, and the single-use tokens of acknowledge links: 256 random
 * bits, of which only the SHA-256 is kept to look them up.
 */
public class AppLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final URI baseUrl;

	/**
	 * Links under the web app's address.
	 * @param baseUrl e.g. {@code https://app.sentia.io}
	 */
	public AppLinks(URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * A link to a page of the web app.
	 * @param path e.g. {@code /alerts}
	 * @param query name and value pairs
	 * @return the link
	 */
	public URI page(String path, String... query) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(this.baseUrl).path(path);
		for (int i = 0; i + 1 < query.length; i += 2) {
			builder.queryParam(query[i], query[i + 1]);
		}
		return builder.encode().build().toUri();
	}

	/**
	 * A new acknowledge token.
	 * @return 43 characters of base64url
	 */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * What is stored of a token.
	 * @param token the token
	 * @return its SHA-256
	 */
	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	/**
	 * The page that acknowledges with a token (the web app posts it to
	 * {@code /api/notifications/v1/acknowledgements} as the signed-in user).
	 * @param token the token
	 * @return the link
	 */
	URI acknowledge(String token) {
		return page("/notifications/acknowledge", "token", token);
	}

}
