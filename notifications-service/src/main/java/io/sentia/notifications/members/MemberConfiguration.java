package io.sentia.notifications.members;

import io.sentia.servicekit.kafka.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the member directory and the listener that feeds it.
 */
@Configuration(proxyBeanMethods = false)
class MemberConfiguration {

	@Bean
	MemberDirectory memberDirectory(JdbcClient jdbc) {
		return new MemberDirectory(jdbc);
	}

	@Bean
	MemberListener memberListener(MemberDirectory directory, EventConsumer events) {
		return new MemberListener(directory, events);
	}

}
