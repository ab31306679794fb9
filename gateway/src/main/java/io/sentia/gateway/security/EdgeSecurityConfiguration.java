package io.sentia.gateway.security;

import io.sentia.gateway.network.ClientAddresses;
import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.security.login.LoginSecurity;
import io.sentia.gateway.security.partner.BearerRequests;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * Operations endpoints first (metrics and detailed health, with the operations
 * credential). Then two doors. Requests with a bearer token are partners: the token is
 * verified, nothing is stored, no CSRF (a browser never attaches a bearer token on its
 * own). Everything else is the SPA's browser: OAuth2 login, a session in Redis, CSRF.
 * Both share the public paths and CORS; security headers are written for every response
 * by {@code headers.SecurityHeadersFilter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(OperationsCredential.class)
class EdgeSecurityConfiguration {

	/** Who a request comes from, for the per-address limits and the services behind. */
	@Bean
	ClientAddresses clientAddresses(EdgeSecurityProperties properties) {
		return new ClientAddresses(properties.security().trustedProxies());
	}

	@Bean
	@Order(0)
	SecurityWebFilterChain operationsChain(ServerHttpSecurity http, OperationsCredential credential,
			ProblemResponseWriter problems) {
		return OperationsSecurity.chain(http, credential, problems);
	}

	@Bean
	@Order(1)
	SecurityWebFilterChain partnerChain(ServerHttpSecurity http, PublicPaths publicPaths,
			ReactiveJwtDecoder accessTokenDecoder, CorsConfigurationSource cors, ProblemResponseWriter problems) {
		http.securityMatcher(new BearerRequests())
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers(publicPaths.all()).permitAll().anyExchange().authenticated())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtDecoder(accessTokenDecoder))
				.authenticationEntryPoint(ProblemAuthenticationEntryPoint.forBearerTokens(problems))
				.accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			.cors((spec) -> spec.configurationSource(cors));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain browserChain(ServerHttpSecurity http, PublicPaths publicPaths, LoginSecurity login,
			CorsConfigurationSource cors) {
		http.authorizeExchange(
				(exchanges) -> exchanges.pathMatchers(publicPaths.all()).permitAll().anyExchange().authenticated())
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			.cors((spec) -> spec.configurationSource(cors));
		login.configure(http);
		return http.build();
	}

}
