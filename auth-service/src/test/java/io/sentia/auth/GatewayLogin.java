package io.sentia.auth;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's browser login, as the gateway and the browser perform it: authorization
 * request with PKCE, sign-in form, callback with the code, code exchanged for tokens.
 */
public final class GatewayLogin {

	public static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/sentia";

	private GatewayLogin() {
	}

	/**
	 * Signs in and returns the gateway client's token response.
	 * @param browser the browser
	 * @param email the user's email
	 * @param password the user's password
	 * @return the token response (access, refresh and ID token)
	 */
	public static Map<String, Object> signInAndExchange(Browser browser, String email, String password) {
		String verifier = randomVerifier();
		HttpResponse<String> toLogin = browser.get(authorizeUrl(browser, challenge(verifier)));
		assertThat(toLogin.statusCode()).isEqualTo(200);
		assertThat(toLogin.body()).contains("Sign in");
		HttpResponse<String> callback = browser.signIn(email, password);
		assertThat(callback.statusCode()).isEqualTo(302);
		URI location = URI.create(callback.headers().firstValue("Location").orElseThrow());
		assertThat(location.toString()).startsWith(REDIRECT_URI);
		Map<String, List<String>> query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
		assertThat(query.get("state")).containsExactly("state-1");
		String code = query.get("code").getFirst();
		HttpResponse<String> token = browser.token("sentia-gateway", "sentia-gateway-dev-secret", Map.of("grant_type",
				"authorization_code", "code", code, "redirect_uri", REDIRECT_URI, "code_verifier", verifier));
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		return VerifiedTokens.json(token);
	}

	public static String authorizeUrl(Browser browser, String codeChallenge) {
		UriComponentsBuilder url = UriComponentsBuilder.fromUriString(browser.base() + "/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", "sentia-gateway")
			.queryParam("scope", "openid profile email")
			.queryParam("redirect_uri", REDIRECT_URI)
			.queryParam("state", "state-1")
			.queryParam("nonce", "nonce-1");
		if (codeChallenge != null) {
			url.queryParam("code_challenge", codeChallenge).queryParam("code_challenge_method", "S256");
		}
		return url.encode().build().toUriString();
	}

	public static String randomVerifier() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
