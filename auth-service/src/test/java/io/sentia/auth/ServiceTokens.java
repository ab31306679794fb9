package io.sentia.auth;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.sentia.auth.key.SigningKeys;
import io.sentia.servicekit.security.SentiaClaims;

/**
 * Access tokens as auth-service issues them (the security contract's claims, RS256 with
 * the service's own active key), and the attacks on them, made with that same key so each
 * attack fails for its own reason: the service verifies tokens against its own keys,
 * which the test-kit's issuer does not hold.
 */
public final class ServiceTokens {

	private final SigningKeys signingKeys;

	private final String issuer;

	public ServiceTokens(SigningKeys signingKeys, String issuer) {
		this.signingKeys = signingKeys;
		this.issuer = issuer;
	}

	/**
	 * A user's token.
	 * @param userId the user (subject)
	 * @param email the user's e-mail
	 * @param tenantId the tenant it acts for
	 * @param role the role there
	 * @return the token
	 */
	public String user(UUID userId, String email, UUID tenantId, String role) {
		return sign(userClaims(userId, email, tenantId, role).build());
	}

	/**
	 * A partner client's token.
	 * @param clientId the client (subject)
	 * @param tenantId its tenant
	 * @param scopes its scopes
	 * @return the token
	 */
	public String partner(String clientId, UUID tenantId, String... scopes) {
		return sign(base(clientId).claim(SentiaClaims.TENANT_ID, tenantId.toString())
			.claim(SentiaClaims.PRINCIPAL_TYPE, "client")
			.claim(SentiaClaims.SCOPE, List.of(scopes))
			.build());
	}

	/**
	 * The platform operator client's token: no tenant, scope {@code platform.admin}.
	 * @return the token
	 */
	public String platform() {
		return sign(base("sentia-platform").claim(SentiaClaims.PRINCIPAL_TYPE, "client")
			.claim(SentiaClaims.SCOPE, List.of("platform.admin"))
			.build());
	}

	/**
	 * The attacks on a user's token, by name, each otherwise a good ADMIN token.
	 * @param userId the user
	 * @param email the e-mail
	 * @param tenantId the tenant
	 * @return attack name to token
	 */
	public Map<String, String> attacks(UUID userId, String email, UUID tenantId) {
		JWTClaimsSet good = userClaims(userId, email, tenantId, "ADMIN").build();
		Instant past = Instant.now().minus(Duration.ofMinutes(15));
		return Map.of("expired token",
				sign(userClaims(userId, email, tenantId, "ADMIN").issueTime(Date.from(past))
					.notBeforeTime(Date.from(past))
					.expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))
					.build()),
				"tampered signature", tamper(sign(good)), "alg none", new PlainJWT(good).serialize(), "wrong issuer",
				sign(userClaims(userId, email, tenantId, "ADMIN").issuer("https://evil.example").build()),
				"wrong audience",
				sign(userClaims(userId, email, tenantId, "ADMIN").audience(List.of("another-api")).build()),
				"unknown kid", signWith(freshKey("not-a-key-of-ours"), good), "same kid, foreign key",
				signWith(freshKey(activeKey().getKeyID()), good), "HS256 signed with the public key",
				hs256WithPublicKey(good));
	}

	private JWTClaimsSet.Builder userClaims(UUID userId, String email, UUID tenantId, String role) {
		return base(userId.toString()).claim(SentiaClaims.TENANT_ID, tenantId.toString())
			.claim(SentiaClaims.PRINCIPAL_TYPE, "user")
			.claim(SentiaClaims.ROLES, List.of(role))
			.claim(SentiaClaims.EMAIL, email)
			.claim(SentiaClaims.NAME, "Test " + role);
	}

	private JWTClaimsSet.Builder base(String subject) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(subject)
			.audience(List.of(SentiaClaims.DEFAULT_AUDIENCE))
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString());
	}

	private String sign(JWTClaimsSet claims) {
		return signWith(activeKey(), claims);
	}

	private RSAKey activeKey() {
		String kid = this.signingKeys.activeKeyId();
		List<JWK> keys = this.signingKeys.get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null);
		return (RSAKey) keys.getFirst();
	}

	private String hs256WithPublicKey(JWTClaimsSet claims) {
		try {
			RSAKey key = activeKey();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String signWith(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey freshKey(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Flips one bit in the middle of the signature. */
	private static String tamper(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			byte[] signature = jwt.getSignature().decode();
			signature[signature.length / 2] ^= 0x01;
			return jwt.getHeader().toBase64URL() + "." + jwt.getPayload().toBase64URL() + "."
					+ Base64URL.encode(signature);
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
