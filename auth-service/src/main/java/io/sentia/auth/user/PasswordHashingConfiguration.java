package io.sentia.auth.user;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The application's one password encoder: {@link PasswordHasher}, for user passwords and
 * OAuth2 client secrets alike.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordHashingProperties.class)
class PasswordHashingConfiguration {

	/** Hashes outside a request (start-up, scheduled work) share one caller key. */
	static final String NO_REQUEST = "internal";

	@Bean
	PasswordHasher passwordHasher(PasswordHashingProperties properties) {
		return new PasswordHasher(properties, PasswordHashingConfiguration::currentCaller);
	}

	/**
	 * The client address of the current request, as Tomcat resolved it (a trusted proxy's
	 * forwarded client, else the socket's peer).
	 */
	private static String currentCaller() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return NO_REQUEST;
	}

	@Bean
	FilterRegistrationBean<PasswordHashingBusyFilter> passwordHashingBusyFilter() {
		FilterRegistrationBean<PasswordHashingBusyFilter> registration = new FilterRegistrationBean<>(
				new PasswordHashingBusyFilter());
		// Outside Spring Security's filter chain (order -100), so it sees what that lets
		// through.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
