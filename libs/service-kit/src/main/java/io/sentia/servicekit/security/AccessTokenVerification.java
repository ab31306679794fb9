package io.sentia.servicekit.security;

import java.time.Duration;
import java.util.Collection;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * What makes an access token acceptable: signed RS256 by a key of the issuer's JWK set
 * (no other algorithm, so {@code none} and HMAC-with-the-public-key tricks fail), from
 * the configured issuer, for the Sentia audience, within its lifetime, for a tenant and
 * with a known principal type. Public so the auth-service can apply the same rules with a
 * decoder of its own keys.
 */
public final class AccessTokenVerification {

	/** Tolerance for clocks that disagree a little; tokens live 5 minutes. */
	public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private AccessTokenVerification() {
	}

	/**
	 * Builds a decoder that fetches the issuer's keys and applies {@link #validator}.
	 * @param properties the service's security settings
	 * @return the decoder
	 */
	public static NimbusJwtDecoder decoder(SentiaSecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(validator(properties));
		return decoder;
	}

	/**
	 * A decoder for the platform operator's tokens, which belong to no tenant: keys from
	 * the issuer, RS256 only, {@link #platformValidator}.
	 * @param properties the service's security settings
	 * @return the decoder
	 */
	public static NimbusJwtDecoder platformDecoder(SentiaSecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(platformValidator(properties));
		return decoder;
	}

	/**
	 * The checks every token passes, a platform operator's too: an expiry within
	 * {@link #CLOCK_SKEW}, this issuer and this audience.
	 * @param properties the service's security settings
	 * @return the validator
	 */
	public static OAuth2TokenValidator<Jwt> platformValidator(SentiaSecurityProperties properties) {
		JwtTimestampValidator lifetime = new JwtTimestampValidator(CLOCK_SKEW);
		lifetime.setAllowEmptyExpiryClaim(false);
		String audience = properties.audience();
		return new DelegatingOAuth2TokenValidator<>(lifetime, new JwtIssuerValidator(properties.issuer().toString()),
				new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
						(aud) -> aud != null && aud.contains(audience)));
	}

	/**
	 * The claim checks every Sentia access token must pass.
	 * @param properties the service's security settings
	 * @return the validator
	 */
	public static OAuth2TokenValidator<Jwt> validator(SentiaSecurityProperties properties) {
		return new DelegatingOAuth2TokenValidator<>(platformValidator(properties),
				new JwtClaimValidator<Object>(JwtClaimNames.SUB,
						(sub) -> sub instanceof String text && !text.isBlank()),
				new JwtClaimValidator<Object>(SentiaClaims.TENANT_ID,
						(tenant) -> tenant instanceof String text && UUID.matcher(text).matches()),
				new JwtClaimValidator<Object>(SentiaClaims.PRINCIPAL_TYPE,
						(type) -> PrincipalType.fromClaim(type).isPresent()));
	}

}
