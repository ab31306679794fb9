package io.sentia.servicekit.security;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service verifies access tokens ({@code sentia.security.*}).
 *
 * @param issuer the auth-service's URL, which tokens must name in {@code iss}; env
 * {@code SENTIA_AUTH_ISSUER}
 * @param jwkSetUri where the signing keys are published; defaults to
 * {@code {issuer}/oauth2/jwks}
 * @param audience the audience tokens must carry in {@code aud}
 * @param publicPaths path patterns this service answers without a token, beyond the
 * health, info, Prometheus, API-docs and error paths every service opens
 */
@Validated
@ConfigurationProperties("sentia.security")
public record SentiaSecurityProperties(@NotNull @DefaultValue(DEFAULT_ISSUER) URI issuer, @Nullable URI jwkSetUri,
		@NotBlank @DefaultValue(SentiaClaims.DEFAULT_AUDIENCE) String audience,
		@DefaultValue List<@Pattern(regexp = "/.*", message = "must start with /") String> publicPaths) {

	/** The auth-service's URL on a developer machine. */
	public static final String DEFAULT_ISSUER = "http://localhost:8081";

	/** Path of the JWK set below the issuer (Spring Authorization Server's default). */
	public static final String JWKS_PATH = "/oauth2/jwks";

	/** Paths every service answers without a token. */
	public static final List<String> ALWAYS_PUBLIC_PATHS = List.of("/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error");

	public SentiaSecurityProperties {
		if (issuer != null && !issuer.isAbsolute()) {
			throw new IllegalArgumentException("sentia.security.issuer must be an absolute URL, not '" + issuer + "'");
		}
		if (jwkSetUri == null && issuer != null) {
			jwkSetUri = URI.create(issuer.toString().replaceFirst("/+$", "") + JWKS_PATH);
		}
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
	}

	/**
	 * Returns the JWK set URI, derived from the issuer unless configured.
	 * @return the JWK set URI
	 */
	@Override
	public URI jwkSetUri() {
		return (this.jwkSetUri != null) ? this.jwkSetUri : URI.create(DEFAULT_ISSUER + JWKS_PATH);
	}

}
