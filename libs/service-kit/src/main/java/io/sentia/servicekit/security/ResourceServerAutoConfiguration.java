package io.sentia.servicekit.security;

import java.util.ArrayList;
import java.util.List;

import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes the service an OAuth2 resource server: every request needs a valid Sentia access
 * token except the public paths, handlers under {@code /api/**} are authorised by
 * {@link Access}, and actuator endpoints other than health need the operations
 * credential. Ordered before Boot's security auto-configurations, so their default chain,
 * user store and resource-server beans back off. Also registered for {@code @WebMvcTest}
 * slices, so controller tests see the real rules.
 */
@AutoConfiguration(before = { SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		UserDetailsServiceAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
		ManagementWebSecurityAutoConfiguration.class })
@EnableConfigurationProperties(SentiaSecurityProperties.class)
public class ResourceServerAutoConfiguration {

	/**
	 * Order of the kit's filter chain: late, so a service's own chains (the
	 * auth-service's authorization-server and login chains) match their paths first.
	 */
	public static final int FILTER_CHAIN_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	/**
	 * Order of the kit's actuator filter chain: just before the resource-server chain,
	 * which would otherwise ask actuator callers for a bearer token.
	 */
	public static final int ACTUATOR_FILTER_CHAIN_ORDER = FILTER_CHAIN_ORDER - 1;

	private static final String HEALTH_ENDPOINT = "health";

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(SentiaSecurityProperties properties) {
		return AccessTokenVerification.decoder(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	TenantContext tokenTenantContext() {
		return new TokenTenantContext();
	}

	@Bean
	@ConditionalOnMissingBean
	static RoleHierarchy sentiaRoleHierarchy() {
		RoleHierarchyImpl.Builder builder = RoleHierarchyImpl.withRolePrefix(Role.AUTHORITY_PREFIX);
		Role[] roles = Role.values();
		for (int i = roles.length - 1; i > 0; i--) {
			builder.role(roles[i].name()).implies(roles[i - 1].name());
		}
		return builder.build();
	}

	/**
	 * The filter chain, the {@link Access} check and the problem answers of a servlet
	 * service.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@EnableWebSecurity
	static class ServletResourceServerConfiguration {

		@Bean
		@Order(FILTER_CHAIN_ORDER)
		SecurityFilterChain sentiaResourceServerFilterChain(HttpSecurity http, JwtDecoder jwtDecoder,
				SentiaSecurityProperties properties) {
			List<String> publicPaths = new ArrayList<>(SentiaSecurityProperties.ALWAYS_PUBLIC_PATHS);
			publicPaths.addAll(properties.publicPaths());
			ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
			ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler();
			http.authorizeHttpRequests((requests) -> requests.requestMatchers(publicPaths.toArray(String[]::new))
				.permitAll()
				.anyRequest()
				.authenticated())
				.oauth2ResourceServer((server) -> server
					.jwt((jwt) -> jwt.decoder(jwtDecoder)
						.jwtAuthenticationConverter(new CallerAuthenticationConverter()))
					.authenticationEntryPoint(entryPoint)
					.accessDeniedHandler(accessDenied))
				.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
					.accessDeniedHandler(accessDenied))
				// Bearer tokens only: no session, no cookie, hence no CSRF exposure.
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(AbstractHttpConfigurer::disable)
				.requestCache(AbstractHttpConfigurer::disable)
				.logout(AbstractHttpConfigurer::disable);
			return http.build();
		}

		/**
		 * Actuator endpoints: health (liveness, readiness, details) stays open for probes
		 * and the gateway; every other endpoint needs the operations credential over HTTP
		 * basic. A bearer token counts for nothing here, so no tenant can read metrics.
		 */
		@Bean
		@Order(ACTUATOR_FILTER_CHAIN_ORDER)
		SecurityFilterChain sentiaActuatorFilterChain(HttpSecurity http, SentiaSecurityProperties properties) {
			OperationsAuthenticationEntryPoint entryPoint = new OperationsAuthenticationEntryPoint();
			http.securityMatcher(EndpointRequest.toAnyEndpoint())
				.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HEALTH_ENDPOINT))
					.permitAll()
					.anyRequest()
					.hasAuthority(OperationsAuthenticationProvider.OPERATIONS_AUTHORITY))
				.authenticationManager(
						new ProviderManager(new OperationsAuthenticationProvider(properties.operations())))
				.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint))
				.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
					.accessDeniedHandler(new ProblemAccessDeniedHandler()))
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(AbstractHttpConfigurer::disable)
				.requestCache(AbstractHttpConfigurer::disable)
				.logout(AbstractHttpConfigurer::disable);
			return http.build();
		}

		@Bean
		AccessInterceptor accessInterceptor(SentiaSecurityProperties properties) {
			return new AccessInterceptor(properties.publicPaths());
		}

		@Bean
		WebMvcConfigurer accessInterceptorRegistration(AccessInterceptor accessInterceptor) {
			return new WebMvcConfigurer() {

				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(accessInterceptor);
				}

			};
		}

		@Bean
		SecurityProblemAdvice securityProblemAdvice() {
			return new SecurityProblemAdvice();
		}

	}

}
