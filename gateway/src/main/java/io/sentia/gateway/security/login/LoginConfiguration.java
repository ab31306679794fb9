package io.sentia.gateway.security.login;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.netty.channel.ChannelOption;
import io.sentia.gateway.security.EdgeSecurityProperties;
import io.sentia.gateway.security.IdentityProperties;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway as OAuth2 client {@code sentia} of auth-service. Endpoints are configured,
 * not discovered, so the gateway starts before auth-service does and never asks itself
 * (the issuer is the gateway's public URL): the authorization and logout endpoints on the
 * public URL (the browser goes there), token, keys and user info on the internal one.
 */
@Configuration(proxyBeanMethods = false)
public class LoginConfiguration {

	public static final String REGISTRATION_ID = "sentia";

	/** Where the SPA sends the browser to log in. */
	public static final String LOGIN_START = "/oauth2/authorization/" + REGISTRATION_ID;

	private static final Duration TOKEN_ENDPOINT_TIMEOUT = Duration.ofSeconds(5);

	@Bean
	ReactiveClientRegistrationRepository clientRegistrations(IdentityProperties identity, EdgeSecurityProperties edge) {
		return new InMemoryReactiveClientRegistrationRepository(registration(identity, edge.security().client()));
	}

	static ClientRegistration registration(IdentityProperties identity, EdgeSecurityProperties.Client client) {
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Sentia")
			.clientId(client.id())
			.clientSecret(client.secret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			// PKCE on top of the client secret, as auth-service requires for this client.
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(client.scopes())
			.issuerUri(identity.issuer().toString())
			.authorizationUri(identity.endpoint("/oauth2/authorize"))
			// The browser goes to the public URL; the gateway's own calls go straight to
			// auth-service, never through itself.
			.tokenUri(identity.internalEndpoint("/oauth2/token"))
			.jwkSetUri(identity.jwkSetUri().toString())
			.userInfoUri(identity.internalEndpoint("/userinfo"))
			.userNameAttributeName("sub")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", identity.endpoint("/connect/logout")))
			.build();
	}

	/**
	 * The user's access and refresh tokens live in the session (Redis), not in memory.
	 */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClients() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	@Bean
	ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCodeTokenClient() {
		WebClientReactiveAuthorizationCodeTokenResponseClient client = new WebClientReactiveAuthorizationCodeTokenResponseClient();
		client.setWebClient(tokenEndpointClient());
		return client;
	}

	/** Token relay: the session's access token, refreshed when (nearly) expired. */
	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		WebClientReactiveRefreshTokenTokenResponseClient refresh = new WebClientReactiveRefreshTokenTokenResponseClient();
		refresh.setWebClient(tokenEndpointClient());
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken((builder) -> builder.accessTokenResponseClient(refresh))
			.build());
		return new SingleFlightAuthorizedClientManager(manager, Clock.systemUTC());
	}

	/**
	 * The user is the ID token's subject plus the tenant and roles of the access token
	 * (verified like a partner's), so rate limits can key on the tenant.
	 */
	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(ReactiveJwtDecoder accessTokenDecoder) {
		DefaultReactiveOAuth2UserService userInfo = new DefaultReactiveOAuth2UserService();
		userInfo.setWebClient(tokenEndpointClient());
		OidcReactiveOAuth2UserService users = new OidcReactiveOAuth2UserService();
		users.setOauth2UserService(userInfo);
		users.setOidcUserConverter(new TenantOidcUserConverter(accessTokenDecoder));
		return users;
	}

	@Bean
	OidcClientInitiatedServerLogoutSuccessHandler oidcLogoutSuccessHandler(
			ReactiveClientRegistrationRepository registrations, EdgeSecurityProperties edge) {
		OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		handler.setPostLogoutRedirectUri(edge.security().postLogoutRedirectUri());
		handler.setLogoutSuccessUrl(URI.create(edge.spaUrl()));
		return handler;
	}

	private static WebClient tokenEndpointClient() {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1000)
			.responseTimeout(TOKEN_ENDPOINT_TIMEOUT);
		return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

}
