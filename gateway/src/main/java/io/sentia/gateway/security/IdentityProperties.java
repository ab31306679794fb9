package io.sentia.gateway.security;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity provider every Sentia component trusts ({@code sentia.security.*}, the
 * platform's security contract).
 *
 * @param issuer auth-service's own URL, the {@code iss} of every token it signs
 * @param jwkSetUri where its signing keys are published; {@code {issuer}/oauth2/jwks}
 * when not set
 * @param audience the {@code aud} every access token must carry
 */
@Validated
@ConfigurationProperties("sentia.security")
public record IdentityProperties(@NotNull URI issuer, URI jwkSetUri,
		@DefaultValue("sentia-api") @NotBlank String audience) {

	public IdentityProperties {
		if (issuer != null && issuer.toString().endsWith("/")) {
			// The issuer is compared as a string with the token's iss claim.
			issuer = URI.create(issuer.toString().replaceAll("/+$", ""));
		}
		if (issuer != null && jwkSetUri == null) {
			jwkSetUri = URI.create(issuer + "/oauth2/jwks");
		}
	}

	/**
	 * An endpoint of auth-service, e.g. {@code endpoint("/oauth2/token")}.
	 * @param path the endpoint's path
	 * @return its absolute URL
	 */
	public String endpoint(String path) {
		return this.issuer + path;
	}

}
