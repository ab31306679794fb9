package io.sentia.auth.user;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The application's one password encoder: {@link PasswordHasher}, for user passwords and
 * OAuth2 client secrets alike.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordHashingProperties.class)
class PasswordHashingConfiguration {

	@Bean
	PasswordHasher passwordHasher(PasswordHashingProperties properties) {
		return new PasswordHasher(properties);
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
