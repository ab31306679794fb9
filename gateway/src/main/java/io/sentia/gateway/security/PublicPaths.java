package io.sentia.gateway.security;

import java.util.List;
import java.util.stream.Stream;

import io.sentia.gateway.routing.RoutingProperties;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths anyone may call without logging in or presenting a token: operations
 * endpoints, inbound webhooks (verified by their signature in integrations-service), the
 * login endpoints, auth-service's sign-in door (routes with {@code sign-in: true}), the
 * API reference, and whatever {@code sentia.gateway.security.public-paths} adds.
 */
@Component
public class PublicPaths {

	/**
	 * Operations endpoints load balancers call ({@code /health/detailed} and metrics have
	 * a chain of their own).
	 */
	public static final List<String> OPERATIONS = List.of("/health", "/health/ready", "/actuator/health",
			"/actuator/health/**");

	/** Where OAuth2 login starts and where auth-service sends the browser back. */
	public static final List<String> LOGIN = List.of("/oauth2/authorization/**", "/login/oauth2/code/**");

	public static final String WEBHOOKS = "/webhooks/**";

	/**
	 * Where providers send the browser back after a connection's OAuth consent (Xero);
	 * integrations-service checks the single-use state.
	 */
	public static final String PROVIDER_OAUTH_CALLBACKS = "/oauth/*/callback";

	/** The aggregated API reference: Swagger UI and each service's OpenAPI document. */
	public static final List<String> API_DOCS = List.of("/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**",
			"/v3/api-docs/**");

	/**
	 * The web app's hashed scripts and styles: code, no data; its pages themselves need a
	 * login.
	 */
	public static final String WEB_APP_ASSETS = "/assets/**";

	private final List<String> configured;

	private final List<String> signIn;

	private final List<PathPattern> unprotected;

	public PublicPaths(EdgeSecurityProperties properties, RoutingProperties routes) {
		this.configured = List.copyOf(properties.security().publicPaths());
		this.signIn = routes.routes()
			.values()
			.stream()
			.filter(RoutingProperties.ServiceRoute::signIn)
			.flatMap((route) -> route.paths().stream())
			.toList();
		this.unprotected = Stream
			.of(Stream.of(WEBHOOKS, PROVIDER_OAUTH_CALLBACKS), this.signIn.stream(), this.configured.stream())
			.flatMap((patterns) -> patterns)
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	/** Every public pattern, for the security chains' permitAll. */
	public String[] all() {
		return Stream
			.of(OPERATIONS.stream(), LOGIN.stream(), Stream.of(WEBHOOKS, PROVIDER_OAUTH_CALLBACKS), API_DOCS.stream(),
					Stream.of(WEB_APP_ASSETS), this.signIn.stream(), this.configured.stream())
			.flatMap((patterns) -> patterns)
			.toArray(String[]::new);
	}

	/**
	 * Whether a request goes to a route open to anyone (webhooks, auth-service's sign-in
	 * door, configured public paths, provider OAuth callbacks): no CSRF check.
	 * @param exchange the request
	 * @return true for an unprotected route
	 */
	public boolean isUnprotectedRoute(ServerWebExchange exchange) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		return this.unprotected.stream().anyMatch((pattern) -> pattern.matches(path));
	}

}
