package io.sentia.gateway.security;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity provider every Sentia component trusts ({@code sentia.security.*}, the
 * platform's security contract). auth-service is published through the gateway, so its
 * issuer is the gateway's public URL; the gateway itself talks to auth-service on an
 * internal URL (it must not call itself, and must not need itself to start).
 *
 * @param issuer the public URL (the gateway's own), the {@code iss} of every token and
 * where browsers are sent to sign in
 * @param internalUrl auth-service as the gateway reaches it directly (token, keys, user
 * info)
 * @param jwkSetUri where its signing keys are published;
 * {@code {internal-url}/oauth2/jwks} when not set
 * @param audience the {@code aud} every access token must carry
 */
@Validated
@ConfigurationProperties("sentia.security")
public record IdentityProperties(@NotNull URI issuer, @NotNull URI internalUrl, URI jwkSetUri,
		@DefaultValue("sentia-api") @NotBlank String audience) {

	public IdentityProperties {
		// The issuer is compared as a string with the token's iss claim.
		issuer = withoutTrailingSlash(issuer);
		internalUrl = withoutTrailingSlash(internalUrl);
		if (internalUrl != null && jwkSetUri == null) {
			jwkSetUri = URI.create(internalUrl + "/oauth2/jwks");
		}
	}

	private static URI withoutTrailingSlash(URI uri) {
		return (uri != null && uri.toString().endsWith("/")) ? URI.create(uri.toString().replaceAll("/+$", "")) : uri;
	}

	/**
	 * A public endpoint of auth-service (through the gateway), e.g.
	 * {@code endpoint("/oauth2/authorize")}: where a browser goes.
	 * @param path the endpoint's path
	 * @return its absolute URL
	 */
	public String endpoint(String path) {
		return this.issuer + path;
	}

	/**
	 * An endpoint of auth-service on its internal URL, e.g.
	 * {@code internalEndpoint("/oauth2/token")}: what the gateway calls itself.
	 * @param path the endpoint's path
	 * @return its absolute URL
	 */
	public String internalEndpoint(String path) {
		return this.internalUrl + path;
	}

}
