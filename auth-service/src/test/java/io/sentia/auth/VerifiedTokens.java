package io.sentia.auth;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks tokens the way a resource server would: RS256 only, signature by the key the
 * header names, taken from the service's published JWK set.
 */
public final class VerifiedTokens {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private VerifiedTokens() {
	}

	/**
	 * Verifies {@code token} against the JWK set the browser's service publishes now.
	 * @param browser a client of the service
	 * @param token a signed JWT
	 * @return the verified token
	 * @throws AssertionError if the signature does not verify
	 */
	public static SignedJWT verify(Browser browser, String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
				throw new AssertionError("Not RS256: " + jwt.getHeader().getAlgorithm());
			}
			JWK key = jwks(browser).getKeyByKeyId(jwt.getHeader().getKeyID());
			if (key == null) {
				throw new AssertionError("kid " + jwt.getHeader().getKeyID() + " is not in the JWK set");
			}
			if (!jwt.verify(new RSASSAVerifier((RSAKey) key))) {
				throw new AssertionError("Signature does not verify");
			}
			return jwt;
		}
		catch (ParseException | JOSEException ex) {
			throw new AssertionError("Not a verifiable JWT: " + ex.getMessage(), ex);
		}
	}

	public static JWTClaimsSet claims(Browser browser, String token) {
		try {
			return verify(browser, token).getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new AssertionError(ex);
		}
	}

	public static JWKSet jwks(Browser browser) {
		HttpResponse<String> response = browser.api("GET", "/oauth2/jwks", null, null);
		try {
			return JWKSet.parse(response.body());
		}
		catch (ParseException ex) {
			throw new AssertionError("Not a JWK set: " + response.body(), ex);
		}
	}

	public static Map<String, Object> json(HttpResponse<String> response) {
		return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {
		});
	}

}
