package io.sentia.auth.bootstrap;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import io.sentia.auth.client.PartnerScopes;
import io.sentia.auth.tokenpolicy.TokenProperties;
import io.sentia.auth.user.PasswordHasher;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * Upserts Sentia's own OAuth2 clients from configuration on every start, so a changed
 * redirect URI or secret takes effect with a restart: the gateway (browser login) and the
 * platform operator.
 */
class SystemClients {

	static final String GATEWAY_CLIENT_ID = "sentia-gateway";

	static final String PLATFORM_CLIENT_ID = "sentia-platform";

	private final RegisteredClientRepository clients;

	private final PasswordHasher hasher;

	private final TokenProperties tokens;

	private final BootstrapProperties properties;

	private final Clock clock;

	SystemClients(RegisteredClientRepository clients, PasswordHasher hasher, TokenProperties tokens,
			BootstrapProperties properties, Clock clock) {
		this.clients = clients;
		this.hasher = hasher;
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
	}

	void upsert() {
		upsertGateway();
		upsertPlatform();
	}

	private void upsertGateway() {
		BootstrapProperties.GatewayClient gateway = this.properties.gatewayClient();
		this.clients.save(start(GATEWAY_CLIENT_ID, gateway.secret()).clientName("Sentia gateway")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris((uris) -> gateway.redirectUris().stream().map(URI::toString).forEach(uris::add))
			.postLogoutRedirectUris(
					(uris) -> gateway.postLogoutRedirectUris().stream().map(URI::toString).forEach(uris::add))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(this.tokens.settings())
			.build());
	}

	private void upsertPlatform() {
		this.clients.save(start(PLATFORM_CLIENT_ID, this.properties.platformClient().secret())
			.clientName("Sentia platform operator")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(PartnerScopes.PLATFORM_ADMIN)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.tokenSettings(this.tokens.settings())
			.build());
	}

	/** Keeps the registered client's id so the save updates the existing row. */
	private RegisteredClient.Builder start(String clientId, String secret) {
		RegisteredClient existing = this.clients.findByClientId(clientId);
		String id = (existing != null) ? existing.getId() : UUID.randomUUID().toString();
		return RegisteredClient.withId(id)
			.clientId(clientId)
			.clientIdIssuedAt((existing != null) ? existing.getClientIdIssuedAt() : this.clock.instant())
			.clientSecret(this.hasher.encode(secret));
	}

}
