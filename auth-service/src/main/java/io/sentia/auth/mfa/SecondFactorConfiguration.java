package io.sentia.auth.mfa;

import java.time.Clock;

import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.device.KnownDevices;
import io.sentia.auth.login.LoginProperties;
import io.sentia.auth.user.Users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Plugs the second factor into browser sign-in: {@link SecondFactorSignIn} is the login
 * chain's success handler (the extension point the login chain offers), and the code page
 * gets a chain of its own on the same session, CSRF-protected, open to anyone (the
 * challenge in the session is what counts).
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

	/** Right after the sign-in chain, before the platform and API chains. */
	static final int ORDER = 3;

	@Bean
	SecondFactorSignIn secondFactorSignIn(TotpFactor totp, Users users, AuditLog auditLog, JdbcClient jdbc,
			LoginProperties loginProperties, Clock clock, KnownDevices devices) {
		return new SecondFactorSignIn(totp, users, auditLog, jdbc, loginProperties, clock, devices);
	}

	@Bean
	@Order(ORDER)
	SecurityFilterChain secondFactorFilterChain(HttpSecurity http) {
		http.securityMatcher(SecondFactorSignIn.CODE_PAGE)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

}
