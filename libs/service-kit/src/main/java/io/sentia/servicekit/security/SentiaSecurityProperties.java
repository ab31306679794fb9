package io.sentia.servicekit.security;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
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
 * health, API-docs and error paths every service opens
 * @param operations the credential of Prometheus and operators for every actuator
 * endpoint but health
 */
@Validated
@ConfigurationProperties("sentia.security")
public record SentiaSecurityProperties(@NotNull @DefaultValue(DEFAULT_ISSUER) URI issuer, @Nullable URI jwkSetUri,
		@NotBlank @DefaultValue(SentiaClaims.DEFAULT_AUDIENCE) String audience,
		@DefaultValue List<@Pattern(regexp = "/.*", message = "must start with /") String> publicPaths,
		@DefaultValue @Valid @NotNull Operations operations) {

	/** The auth-service's URL on a developer machine. */
	public static final String DEFAULT_ISSUER = "http://localhost:8081";

	/** Path of the JWK set below the issuer (Spring Authorization Server's default). */
	public static final String JWKS_PATH = "/oauth2/jwks";

	/**
	 * Paths every service answers without a token. The other actuator endpoints need the
	 * operations credential instead.
	 */
	public static final List<String> ALWAYS_PUBLIC_PATHS = List.of("/actuator/health/**", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/error");

	public SentiaSecurityProperties {
		if (issuer != null && !issuer.isAbsolute()) {
			throw new IllegalArgumentException("sentia.security.issuer must be an absolute URL, not '" + issuer + "'");
		}
		if (jwkSetUri == null && issuer != null) {
			jwkSetUri = URI.create(issuer.toString().replaceFirst("/+$", "") + JWKS_PATH);
		}
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
		operations = (operations != null) ? operations
				: new Operations(Operations.DEVELOPMENT_USERNAME, Operations.DEVELOPMENT_PASSWORD);
	}

	/**
	 * Returns the JWK set URI, derived from the issuer unless configured.
	 * @return the JWK set URI
	 */
	@Override
	public URI jwkSetUri() {
		return (this.jwkSetUri != null) ? this.jwkSetUri : URI.create(DEFAULT_ISSUER + JWKS_PATH);
	}

	/**
	 * The HTTP basic credential of the actuator endpoints other than health (Prometheus,
	 * info, metrics): shared by operations tooling, never a tenant's token.
	 *
	 * @param username user name; env {@code SENTIA_OPERATIONS_USER}
	 * @param password password; env {@code SENTIA_OPERATIONS_PASSWORD}, refused under the
	 * {@code prod} profile while it is the development one
	 */
	public record Operations(@NotBlank @DefaultValue(DEVELOPMENT_USERNAME) String username,
			@NotBlank @DefaultValue(DEVELOPMENT_PASSWORD) String password) {

		/** User name on a developer machine. */
		public static final String DEVELOPMENT_USERNAME = "operations";

		/** Password on a developer machine; documented, so never good enough for prod. */
		public static final String DEVELOPMENT_PASSWORD = "sentia-operations-dev-secret";

		/**
		 * Says whether the password is the documented development one.
		 * @return {@code true} for the development password
		 */
		public boolean usesDevelopmentPassword() {
			return DEVELOPMENT_PASSWORD.equals(this.password);
		}

		@Override
		public String toString() {
			return "Operations[username=" + this.username + ", password=******]";
		}

	}

}
