package io.sentia.servicekit.security;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The claim rules, one defect at a time, with the reason a client is told.
 */
class AccessTokenVerificationTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	private final JwtDecoder decoder = AccessTokenVerification.decoder(new SentiaSecurityProperties(
			URI.create(TestTokens.issuer()), URI.create(TestTokens.jwkSetUri()), "sentia-api", List.of(), null));

	@Test
	void acceptsAGoodToken() {
		Jwt jwt = this.decoder.decode(TestTokens.user(TENANT, Role.VIEWER));

		assertThat(jwt.getClaimAsString("tenant_id")).isEqualTo(TENANT);
	}

	@Test
	void toleratesThirtySecondsOfClockSkew() {
		Instant issued = Instant.now().minusSeconds(300);

		assertThat(this.decoder.decode(TestTokens.userClaims(TENANT, "VIEWER")
			.issuedAt(issued)
			.expiresAt(Instant.now().minusSeconds(5))
			.sign())).isNotNull();
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> this.decoder.decode(TestTokens.userClaims(TENANT, "VIEWER")
				.issuedAt(issued)
				.expiresAt(Instant.now().minusSeconds(90))
				.sign()))
			.withMessageContaining("expired");
	}

	@Test
	void namesTheMissingTenant() {
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(
					() -> this.decoder.decode(TestTokens.userClaims(TENANT, "VIEWER").claim("tenant_id", null).sign()))
			.withMessageContaining("tenant_id");
	}

	@Test
	void namesTheWrongAudience() {
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> this.decoder.decode(TestTokens.wrongAudience(TENANT)))
			.withMessageContaining("aud");
	}

}
