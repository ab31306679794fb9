package io.sentia.auth.token;

import java.time.Clock;

import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.client.PartnerClients;
import io.sentia.auth.key.SigningKeys;
import io.sentia.auth.user.Users;
import io.sentia.servicekit.security.AccessTokenVerification;
import io.sentia.servicekit.security.SentiaSecurityProperties;
import io.sentia.auth.tokenpolicy.TokenProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Authorization Server with OIDC: authorization code + PKCE for the gateway,
 * client credentials for partners, rotated refresh tokens with reuse detection, JWTs
 * signed by {@link SigningKeys}. Clients, authorizations and consents are in PostgreSQL,
 * so a revoked client or a revoked token family is seen by every instance at once.
 * <p>
 * Its filter chain runs first and only for the protocol endpoints ({@code /oauth2/**},
 * {@code /.well-known/**}, {@code /userinfo}, {@code /connect/logout}); a browser that is
 * not signed in is sent to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TokenProperties.class, ClientAuthenticationThrottleProperties.class })
class AuthorizationServerConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServerFilterChain(HttpSecurity http) {
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer, (server) -> server.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			// The OIDC user-info endpoint takes the access token as a bearer token.
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	ClientAuthenticationThrottle clientAuthenticationThrottle(ClientAuthenticationThrottleProperties properties,
			Clock clock) {
		return new ClientAuthenticationThrottle(properties, clock);
	}

	@Bean
	FilterRegistrationBean<ClientAuthenticationThrottleFilter> clientAuthenticationThrottleFilter(
			ClientAuthenticationThrottle throttle, ClientAuthenticationThrottleProperties properties) {
		FilterRegistrationBean<ClientAuthenticationThrottleFilter> registration = new FilterRegistrationBean<>(
				new ClientAuthenticationThrottleFilter(throttle, properties.maxConcurrentPerAddress()));
		// Before Spring Security's chain (order -100), where client secrets are hashed;
		// inside
		// the password-hashing busy filter.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.setUrlPatterns(ClientAuthenticationThrottleFilter.PATHS);
		return registration;
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(SentiaSecurityProperties security) {
		return AuthorizationServerSettings.builder()
			.issuer(security.issuer().toString().replaceFirst("/+$", ""))
			.build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbcTemplate) {
		return new JdbcRegisteredClientRepository(jdbcTemplate);
	}

	@Bean
	OAuth2AuthorizationService authorizationService(JdbcTemplate jdbcTemplate, RegisteredClientRepository clients,
			JdbcClient jdbc, TransactionTemplate transactions, Users users, AuditLog audit, Clock clock) {
		return new RefreshTokenReuseDetection(new JdbcOAuth2AuthorizationService(jdbcTemplate, clients), jdbc,
				transactions, users, audit, clock);
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbcTemplate,
			RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbcTemplate, clients);
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> sentiaTokenClaims(SigningKeys signingKeys, Users users,
			PartnerClients partnerClients, SentiaSecurityProperties security) {
		return new SentiaTokenClaims(signingKeys, users, partnerClients, security.audience());
	}

	/**
	 * Verifies access tokens presented to this service (user info, {@code /api/auth/**})
	 * against its own keys, without a network round trip to its own JWK set, by the same
	 * rules as every other service.
	 * @param signingKeys the keys
	 * @param security the contract's settings
	 * @return the decoder
	 */
	@Bean
	JwtDecoder jwtDecoder(SigningKeys signingKeys, SentiaSecurityProperties security) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(signingKeys)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(AccessTokenVerification.validator(security));
		return decoder;
	}

}
