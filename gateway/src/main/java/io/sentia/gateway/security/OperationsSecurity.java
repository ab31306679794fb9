package io.sentia.gateway.security;

import java.net.URI;
import java.util.List;

import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.problem.Problems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The operations endpoints' chain: metrics need the operations credential (HTTP basic);
 * {@code /health/detailed} answers anyone with the summary and shows details only to a
 * holder of the credential. Credentials that are presented and wrong get a 401.
 */
final class OperationsSecurity {

	/** Metrics: the credential is required. */
	static final List<String> METRICS = List.of("/metrics", "/actuator/prometheus");

	/** Summary for anyone, details with the credential. */
	static final String DETAILED_HEALTH = "/health/detailed";

	private OperationsSecurity() {
	}

	static SecurityWebFilterChain chain(ServerHttpSecurity http, OperationsCredential credential,
			ProblemResponseWriter problems) {
		ServerAuthenticationEntryPoint entryPoint = entryPoint(problems);
		http.securityMatcher(ServerWebExchangeMatchers
			.pathMatchers(java.util.stream.Stream.concat(METRICS.stream(), java.util.stream.Stream.of(DETAILED_HEALTH))
				.toArray(String[]::new)))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(DETAILED_HEALTH)
				.permitAll()
				.anyExchange()
				.hasAuthority(OperationsCredential.AUTHORITY))
			.httpBasic((basic) -> basic.authenticationManager(authenticationManager(credential))
				.authenticationEntryPoint(entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.headers(ServerHttpSecurity.HeaderSpec::disable);
		return http.build();
	}

	private static ReactiveAuthenticationManager authenticationManager(OperationsCredential credential) {
		return (authentication) -> credential.matches(authentication.getName(),
				String.valueOf(authentication.getCredentials()))
						? Mono.just(UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
								List.of(new SimpleGrantedAuthority(OperationsCredential.AUTHORITY))))
						: Mono.error(new BadCredentialsException("Wrong operations credential"));
	}

	private static ServerAuthenticationEntryPoint entryPoint(ProblemResponseWriter problems) {
		return (exchange, failure) -> {
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sentia operations\", charset=\"UTF-8\"");
			ProblemDetail problem = Problems.forStatus(HttpStatus.UNAUTHORIZED,
					"The operations credential (HTTP basic) is required here");
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
			return problems.write(exchange, problem);
		};
	}

}
