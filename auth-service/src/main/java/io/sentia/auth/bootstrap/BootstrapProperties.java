package io.sentia.auth.bootstrap;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The system clients upserted at start-up ({@code sentia.auth.*}). The demo data has no
 * setting: the {@code demo} profile switches it on ({@link DemoTenant}).
 *
 * @param gatewayClient the gateway's browser-login client, upserted on every start
 * @param platformClient the platform operator's client, upserted on every start
 */
@Validated
@ConfigurationProperties("sentia.auth")
public record BootstrapProperties(@Valid @NotNull GatewayClient gatewayClient,
		@Valid @NotNull PlatformClient platformClient) {

	/** Development secret of the gateway client; refused under the prod profile. */
	public static final String DEV_GATEWAY_SECRET = "sentia-gateway-dev-secret";

	/** Development secret of the platform client; refused under the prod profile. */
	public static final String DEV_PLATFORM_SECRET = "sentia-platform-dev-secret";

	/**
	 * The gateway (OAuth2 client {@code sentia-gateway}: authorization code + PKCE,
	 * {@code client_secret_basic}).
	 *
	 * @param secret env {@code SENTIA_GATEWAY_CLIENT_SECRET}
	 * @param redirectUris env {@code SENTIA_GATEWAY_REDIRECT_URIS}
	 * @param postLogoutRedirectUris where the OIDC logout may send the browser back to
	 */
	public record GatewayClient(@NotBlank @DefaultValue(DEV_GATEWAY_SECRET) String secret,
			@NotEmpty @DefaultValue("http://localhost:8080/login/oauth2/code/sentia") List<URI> redirectUris,
			@NotEmpty @DefaultValue("http://localhost:8080/") List<URI> postLogoutRedirectUris) {
	}

	/**
	 * The platform operator (OAuth2 client {@code sentia-platform}: client credentials,
	 * scope {@code platform.admin}).
	 *
	 * @param secret env {@code SENTIA_PLATFORM_CLIENT_SECRET}
	 */
	public record PlatformClient(@NotBlank @DefaultValue(DEV_PLATFORM_SECRET) String secret) {
	}

}
