package io.sentia.auth.login;

import java.time.Clock;

import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.audit.RequestOrigin;
import io.sentia.auth.user.PasswordHasher;
import io.sentia.auth.user.Users;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The browser sign-in chain: the sign-in page, the password form post (CSRF-protected),
 * the pages the account mails link to (a new password, an invitation; CSRF-protected too)
 * and sign-out, on a session cookie of its own ({@code SENTIA_AUTH_SESSION}). It runs
 * after the authorization server's chain and before the service kit's resource-server
 * chain, and only for its own paths.
 * <p>
 * After the password step, the request that sent the user here (normally the gateway's
 * authorization request) resumes. To add a second step (TOTP), declare a single
 * {@link AuthenticationSuccessHandler} bean: it is used instead of that default.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProperties.class)
class LoginSecurityConfiguration {

	/** After the authorization server's chain, before the platform and API chains. */
	static final int ORDER = 2;

	static final String LOGIN_PAGE = "/login";

	/**
	 * The chain. The password check is deliberately not a bean: as one, Spring Security
	 * would also put it in the global authentication manager, which this chain's manager
	 * asks again after a failure, counting every failed attempt twice.
	 */
	@Bean
	@Order(ORDER)
	SecurityFilterChain loginFilterChain(HttpSecurity http, Users users, PasswordHasher hasher,
			AddressThrottle throttle, AuditLog audit, RequestOrigin origin, LoginProperties properties, Clock clock,
			ObjectProvider<AuthenticationSuccessHandler> successHandlers) {
		PasswordSignIn passwordSignIn = new PasswordSignIn(users, hasher, throttle, audit, origin, properties, clock);
		SavedRequestAwareAuthenticationSuccessHandler resume = new SavedRequestAwareAuthenticationSuccessHandler();
		resume.setDefaultTargetUrl(properties.defaultTargetUrl());
		AuthenticationSuccessHandler success = successHandlers.getIfUnique(() -> resume);
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(
				LOGIN_PAGE + "?error");
		http.securityMatcher(LOGIN_PAGE, "/logout", "/auth-assets/**", "/favicon.ico", "/login/password/*",
				"/login/invitation/*")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.authenticationProvider(passwordSignIn)
			.formLogin((form) -> form.loginPage(LOGIN_PAGE)
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(success)
				.failureHandler(failure))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?signed-out"));
		return http.build();
	}

}
