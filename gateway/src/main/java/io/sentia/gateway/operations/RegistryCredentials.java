package io.sentia.gateway.operations;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The registry URL carries its HTTP basic credentials
 * ({@code http://user:pass@host/eureka/}, as Eureka clients take them). A probe sends
 * them as an {@code Authorization} header and calls the URL without them, so they never
 * appear in a URL that could be logged.
 */
final class RegistryCredentials {

	private RegistryCredentials() {
	}

	/**
	 * The URL without its user info.
	 * @param url a URL
	 * @return the same URL without {@code user:pass@}
	 */
	static URI withoutCredentials(URI url) {
		if (url.getRawUserInfo() == null) {
			return url;
		}
		return URI.create(url.toString().replace(url.getRawUserInfo() + "@", ""));
	}

	/**
	 * The {@code Authorization} header for the URL's user info.
	 * @param url a URL
	 * @return {@code Basic ...}, empty when the URL has no user info
	 */
	static Optional<String> authorization(URI url) {
		String userInfo = url.getRawUserInfo();
		if (userInfo == null) {
			return Optional.empty();
		}
		String decoded = URLDecoder.decode(userInfo, StandardCharsets.UTF_8);
		return Optional.of("Basic " + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The URL for logs and answers: the user kept, the password replaced.
	 * @param url a URL
	 * @return its text without the password
	 */
	static String redacted(URI url) {
		if (url == null || url.getRawUserInfo() == null) {
			return String.valueOf(url);
		}
		String user = url.getRawUserInfo().split(":", 2)[0];
		return url.toString().replace(url.getRawUserInfo() + "@", user + ":******@");
	}

}
