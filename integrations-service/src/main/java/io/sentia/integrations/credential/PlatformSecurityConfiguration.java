package io.sentia.integrations.credential;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sentia.servicekit.errors.ProblemType;
import io.sentia.servicekit.security.AccessTokenVerification;
import io.sentia.servicekit.security.CallerAuthenticationConverter;
import io.sentia.servicekit.security.SentiaSecurityProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform operator's own chain for {@value #PATHS}, like auth-service's platform
 * chain: the platform client acts for no tenant, so its token has no {@code tenant_id}
 * and would fail the service kit's rules. Here the rules are the kit's minus the tenant
 * (RS256 from the issuer's keys, issuer, audience, lifetime), and every request needs the
 * scope {@code platform.admin}, which only the platform client holds: tenant users, even
 * ADMINs, and partners get 403. It lives outside {@code /api/**} because a platform
 * operation is not a tenant's, which is what every {@code /api} rule is about.
 */
@Configuration(proxyBeanMethods = false)
class PlatformSecurityConfiguration {

	static final String PATHS = "/platform/integrations/**";

	static final String SCOPE = "platform.admin";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	@Order(10)
	SecurityFilterChain integrationsPlatformFilterChain(HttpSecurity http, SentiaSecurityProperties security)
			throws Exception {
		NimbusJwtDecoder decoder = AccessTokenVerification.platformDecoder(security);
		http.securityMatcher(PATHS)
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.hasAuthority(CallerAuthenticationConverter.SCOPE_AUTHORITY_PREFIX + SCOPE))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(new CallerAuthenticationConverter()))
				.authenticationEntryPoint((request, response, ex) -> unauthorized(request, response))
				.accessDeniedHandler((request, response, ex) -> forbidden(request, response)))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> unauthorized(request, response))
				.accessDeniedHandler((request, response, ex) -> forbidden(request, response)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		write(request, response, ProblemType.UNAUTHORIZED,
				"This request needs a valid access token of the platform operator's client.");
	}

	private static void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, ProblemType.FORBIDDEN, "This request needs the scope " + SCOPE + ".");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.uri().toString());
		body.put("title", type.title());
		body.put("status", type.status().value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.setStatus(type.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(body));
	}

}
