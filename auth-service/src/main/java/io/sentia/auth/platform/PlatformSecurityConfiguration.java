package io.sentia.auth.platform;

import io.sentia.auth.client.PartnerScopes;
import io.sentia.auth.key.SigningKeys;
import io.sentia.servicekit.security.AccessTokenVerification;
import io.sentia.servicekit.security.CallerAuthenticationConverter;
import io.sentia.servicekit.security.SentiaSecurityProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform API's own resource-server chain. The platform operator's client acts for
 * no tenant, so its tokens carry no {@code tenant_id} and would fail the service kit's
 * token rules. Here the rules are the kit's minus the tenant: RS256 with this service's
 * keys, issuer, audience, lifetime; and every request needs the scope
 * {@code platform.admin}, which only the platform operator's client holds, so tenant
 * users (even ADMINs) and partners are refused with 403.
 */
@Configuration(proxyBeanMethods = false)
class PlatformSecurityConfiguration {

	static final String PATHS = "/api/auth/v1/platform/**";

	@Bean
	@Order(3)
	SecurityFilterChain platformFilterChain(HttpSecurity http, SigningKeys signingKeys,
			SentiaSecurityProperties security) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(signingKeys)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(AccessTokenVerification.platformValidator(security));
		http.securityMatcher(PATHS)
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.hasAuthority(CallerAuthenticationConverter.SCOPE_AUTHORITY_PREFIX + PartnerScopes.PLATFORM_ADMIN))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(new CallerAuthenticationConverter()))
				.authenticationEntryPoint(PlatformProblems::unauthorized)
				.accessDeniedHandler(PlatformProblems::forbidden))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(PlatformProblems::unauthorized)
				.accessDeniedHandler(PlatformProblems::forbidden))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
