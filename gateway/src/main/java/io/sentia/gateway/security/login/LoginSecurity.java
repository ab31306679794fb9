package io.sentia.gateway.security.login;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.sentia.gateway.problem.ProblemResponseWriter;
import io.sentia.gateway.security.EdgeSecurityProperties;
import io.sentia.gateway.security.ProblemAccessDeniedHandler;
import io.sentia.gateway.security.ProblemAuthenticationEntryPoint;
import io.sentia.gateway.security.PublicPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfServerLogoutHandler;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;

/**
 * The browser chain's login, CSRF and logout. A browser that is not logged in gets a 401
 * problem from the API (the SPA then navigates to
 * {@value LoginConfiguration#LOGIN_START}); only a page navigation outside {@code /api/}
 * is redirected to login.
 */
@Component
public class LoginSecurity {

	public static final String LOGOUT = "/logout";

	private static final Logger log = LoggerFactory.getLogger(LoginSecurity.class);

	private final EdgeSecurityProperties properties;

	private final PublicPaths publicPaths;

	private final ReactiveClientRegistrationRepository registrations;

	private final ServerOAuth2AuthorizedClientRepository authorizedClients;

	private final OidcClientInitiatedServerLogoutSuccessHandler logoutSuccess;

	private final ProblemResponseWriter problems;

	LoginSecurity(EdgeSecurityProperties properties, PublicPaths publicPaths,
			ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients,
			OidcClientInitiatedServerLogoutSuccessHandler logoutSuccess, ProblemResponseWriter problems) {
		this.properties = properties;
		this.publicPaths = publicPaths;
		this.registrations = registrations;
		this.authorizedClients = authorizedClients;
		this.logoutSuccess = logoutSuccess;
		this.problems = problems;
	}

	public void configure(ServerHttpSecurity http) {
		CookieServerCsrfTokenRepository csrfTokens = csrfTokens();
		WebSessionServerRequestCache pages = pageNavigations();
		RedirectServerAuthenticationSuccessHandler success = new RedirectServerAuthenticationSuccessHandler(
				this.properties.spaUrl());
		success.setRequestCache(pages);
		http.oauth2Login((login) -> login.clientRegistrationRepository(this.registrations)
			.authorizedClientRepository(this.authorizedClients)
			.authenticationSuccessHandler(success)
			.authenticationFailureHandler(loginFailed()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint())
				.accessDeniedHandler(new ProblemAccessDeniedHandler(this.problems)))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
				.requireCsrfProtectionMatcher(csrfProtected())
				.accessDeniedHandler(new ProblemAccessDeniedHandler(this.problems)))
			.addFilterAfter(new CsrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
			.logout((logout) -> logout.logoutUrl(LOGOUT)
				.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
						new WebSessionServerLogoutHandler(), new CsrfServerLogoutHandler(csrfTokens)))
				.logoutSuccessHandler(this.logoutSuccess))
			// Only page navigations are saved (an API call is never: that would write a
			// session for every anonymous call); the login then returns to that page.
			.requestCache((cache) -> cache.requestCache(pages));
	}

	/**
	 * A page of the web app opened without a session: kept in the session the login
	 * starts anyway, and the browser is sent back to it (path and query, with Spring
	 * Security's {@code continue} marker) after signing in.
	 */
	private static WebSessionServerRequestCache pageNavigations() {
		WebSessionServerRequestCache pages = new WebSessionServerRequestCache();
		pages.setSaveRequestMatcher(pageNavigation());
		return pages;
	}

	private static ServerWebExchangeMatcher pageNavigation() {
		MediaTypeServerWebExchangeMatcher html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return new AndServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/**"),
				new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**")), html);
	}

	private static CookieServerCsrfTokenRepository csrfTokens() {
		// Readable by the SPA's JavaScript (XSRF-TOKEN cookie, X-XSRF-TOKEN header).
		CookieServerCsrfTokenRepository tokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").path("/"));
		return tokens;
	}

	/** State-changing requests, except to routes open to anyone (webhooks). */
	private ServerWebExchangeMatcher csrfProtected() {
		ServerWebExchangeMatcher unprotected = (exchange) -> this.publicPaths.isUnprotectedRoute(exchange)
				? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
		return new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
				new NegatedServerWebExchangeMatcher(unprotected));
	}

	private ServerAuthenticationEntryPoint entryPoint() {
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				List.of(new DelegateEntry(pageNavigation(),
						new RedirectServerAuthenticationEntryPoint(LoginConfiguration.LOGIN_START))));
		entryPoint.setDefaultEntryPoint(ProblemAuthenticationEntryPoint.forBrowserSessions(this.problems));
		return entryPoint;
	}

	private ServerAuthenticationFailureHandler loginFailed() {
		String spa = this.properties.spaUrl();
		RedirectServerAuthenticationFailureHandler redirect = new RedirectServerAuthenticationFailureHandler(
				URI.create(spa + (spa.contains("?") ? "&" : "?") + "login_error").toString());
		return (exchange, failure) -> {
			log.warn("Login failed: {}", failure.getMessage());
			return redirect.onAuthenticationFailure(exchange, failure);
		};
	}

}
