package io.sentia.notifications.members;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the member directory.
 */
@Configuration(proxyBeanMethods = false)
class MemberConfiguration {

	@Bean
	MemberDirectory memberDirectory(JdbcClient jdbc) {
		return new MemberDirectory(jdbc);
	}

}
