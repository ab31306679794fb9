package io.sentia.testkit.security;

import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Good test tokens verify against the published JWK set like the auth-service's do, and
 * each attack token has its one defect and no other.
 */
class TestTokensTests {

	private static final String TENANT = "0b7e2c55-6f0e-4a51-9d0e-8c3f1f6f2a10";

	/** Verifies signature and claims, as a resource server does. */
	private final JwtDecoder verifier = decoder(true);

	/** Verifies only the signature against the JWK set. */
	private final JwtDecoder signatureOnly = decoder(false);

	@Test
	void issuesUserTokensSignedRs256UnderThePublishedKeyWithTheContractClaims() throws Exception {
		String token = TestTokens.user(TENANT, "MANAGER");

		Jwt jwt = this.verifier.decode(token);

		assertThat(jwt.getHeaders()).containsEntry("alg", "RS256")
			.containsEntry("kid", TestTokens.publicKey().getKeyID());
		assertThat(jwt.getIssuer()).hasToString(TestTokens.issuer());
		assertThat(jwt.getAudience()).containsExactly("sentia-api");
		assertThat(jwt.getClaimAsString("tenant_id")).isEqualTo(TENANT);
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MANAGER");
		assertThat(jwt.getClaimAsString("principal_type")).isEqualTo("user");
		assertThat(jwt.getClaimAsString("email")).isNotBlank();
		assertThat(jwt.getSubject()).isNotBlank();
		assertThat(jwt.getId()).isNotBlank();
		assertThat(jwt.hasClaim("scope")).isFalse();
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));
		assertThat(TestTokens.jwkSetUri()).startsWith("http://127.0.0.1:").endsWith("/oauth2/jwks");
	}

	@Test
	void acceptsAnEnumRoleByItsName() {
		Jwt jwt = this.verifier.decode(TestTokens.user(TENANT, Thread.State.NEW));

		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("NEW");
	}

	@Test
	void issuesPartnerTokensWithScopesAndNoRoles() {
		Jwt jwt = this.verifier.decode(TestTokens.partner(TENANT, "analytics.read", "forecasts.read"));

		assertThat(jwt.getClaimAsStringList("scope")).containsExactly("analytics.read", "forecasts.read");
		assertThat(jwt.getClaimAsString("principal_type")).isEqualTo("client");
		assertThat(jwt.hasClaim("roles")).isFalse();
		assertThat(jwt.hasClaim("email")).isFalse();
		assertThat(jwt.getClaimAsString("tenant_id")).isEqualTo(TENANT);
	}

	@Test
	void expiredTokenIsGenuineButExpired() {
		String token = TestTokens.expired(TENANT);

		assertThat(this.signatureOnly.decode(token).getExpiresAt()).isBefore(java.time.Instant.now().minusSeconds(60));
		assertRejectedFor(token, "expired");
	}

	@Test
	void tamperedTokenFailsTheSignatureCheck() {
		String token = TestTokens.tamperedSignature(TENANT);

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.signatureOnly.decode(token))
			.withMessageContaining("signature");
	}

	@Test
	void algNoneTokenIsUnsigned() throws Exception {
		String token = TestTokens.algNone(TENANT);

		assertThat(token).endsWith(".");
		assertThat(PlainJWT.parse(token).getHeader().getAlgorithm().getName()).isEqualTo("none");
		assertThat(PlainJWT.parse(token).getJWTClaimsSet().getStringClaim("tenant_id")).isEqualTo(TENANT);
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.signatureOnly.decode(token));
	}

	@Test
	void wrongIssuerTokenIsGenuineButFromAnotherIssuer() {
		String token = TestTokens.wrongIssuer(TENANT);

		assertThat(this.signatureOnly.decode(token).getIssuer().toString()).isNotEqualTo(TestTokens.issuer());
		assertRejectedFor(token, "iss");
	}

	@Test
	void wrongAudienceTokenIsGenuineButForAnotherAudience() {
		String token = TestTokens.wrongAudience(TENANT);

		assertThat(this.signatureOnly.decode(token).getAudience()).containsExactly("another-api");
		assertRejectedFor(token, "aud");
	}

	@Test
	void unknownKidTokenIsSignedByAKeyTheJwkSetDoesNotPublish() throws Exception {
		String token = TestTokens.unknownKid(TENANT);

		assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isNotEqualTo(TestTokens.publicKey().getKeyID());
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.signatureOnly.decode(token));
	}

	@Test
	void hs256TokenIsAValidHmacUnderThePublicKeyAndTheRealKid() throws Exception {
		String token = TestTokens.hs256SignedWithPublicKey(TENANT);
		SignedJWT jwt = SignedJWT.parse(token);

		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
		assertThat(jwt.getHeader().getKeyID()).isEqualTo(TestTokens.publicKey().getKeyID());
		assertThat(jwt.verify(new MACVerifier(TestTokens.publicKey().toRSAPublicKey().getEncoded()))).isTrue();
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.signatureOnly.decode(token));
	}

	@Test
	void claimsCanBeChangedBeforeSigningForOneOffCases() {
		String token = TestTokens.userClaims(TENANT, "VIEWER").claim("tenant_id", null).sign();

		assertThat(this.verifier.decode(token).hasClaim("tenant_id")).isFalse();
	}

	private void assertRejectedFor(String token, String reason) {
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.verifier.decode(token))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.anySatisfy((error) -> assertThat(error.getDescription()).containsIgnoringCase(reason)));
	}

	private static JwtDecoder decoder(boolean validateClaims) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(TestTokens.jwkSetUri())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		if (validateClaims) {
			decoder
				.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(Duration.ofSeconds(30)),
						new JwtIssuerValidator(TestTokens.issuer()), new JwtClaimValidator<List<String>>(
								JwtClaimNames.AUD, (aud) -> aud != null && aud.contains(TestTokens.AUDIENCE))));
		}
		else {
			decoder.setJwtValidator((jwt) -> OAuth2TokenValidatorResult.success());
		}
		return decoder;
	}

}
