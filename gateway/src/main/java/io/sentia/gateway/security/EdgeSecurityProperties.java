package io.sentia.gateway.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway protects its doors ({@code sentia.gateway.*}, beside the route table).
 *
 * @param spaUrl where the browser lands after logging in
 * @param security login client, session cookie and public paths
 * @param cors which browser origins may call the gateway
 */
@Validated
@ConfigurationProperties("sentia.gateway")
public record EdgeSecurityProperties(@DefaultValue("/") @NotBlank String spaUrl,
		@Valid @NotNull @DefaultValue Security security, @Valid @NotNull @DefaultValue Cors cors) {

	/**
	 * @param publicPaths path patterns open without login or token, besides the built-in
	 * ones (health, webhooks, login, auth-service's sign-in door, the API reference);
	 * also exempt from CSRF (token relay is a route's {@code relay-token})
	 * @param client the gateway's OAuth2 client registration at auth-service
	 * @param sessionCookie the browser session cookie
	 * @param postLogoutRedirectUri where auth-service sends the browser after logout
	 * ({@code {baseUrl}} is the gateway's own URL)
	 * @param trustedProxies CIDR blocks of the proxies in front of the gateway whose
	 * {@code X-Forwarded-For}/{@code Forwarded} entries are believed; empty: the TCP peer
	 * is the client
	 */
	public record Security(@DefaultValue List<@NotBlank String> publicPaths,
			@Valid @NotNull @DefaultValue Client client, @Valid @NotNull @DefaultValue SessionCookie sessionCookie,
			@DefaultValue("{baseUrl}/") @NotBlank String postLogoutRedirectUri,
			@DefaultValue List<@NotBlank String> trustedProxies) {

	}

	/**
	 * @param id client id
	 * @param secret client secret (env {@code SENTIA_GATEWAY_CLIENT_SECRET})
	 * @param scopes scopes asked for at login
	 */
	public record Client(@DefaultValue("sentia-gateway") @NotBlank String id,
			@DefaultValue("sentia-gateway-dev-secret") @NotBlank String secret, @DefaultValue( {
					"openid", "profile", "email" }) @NotEmpty List<@NotBlank String> scopes){

	}

	/**
	 * @param name the cookie's name (must not collide with auth-service's
	 * {@code SENTIA_AUTH_SESSION} on the same host)
	 * @param secure send the cookie over HTTPS only (on wherever TLS terminates in front
	 * of the gateway)
	 */
	public record SessionCookie(@DefaultValue("SENTIA_SESSION") @NotBlank String name, boolean secure) {

	}

	/**
	 * @param allowedOrigins exact origins allowed to call with credentials
	 */
	public record Cors(@DefaultValue("http://localhost:5173") List<@NotBlank String> allowedOrigins) {

	}

}
