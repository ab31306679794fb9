package io.sentia.notifications.rules;

import java.util.List;

import io.sentia.notifications.delivery.ChannelTargets;
import io.sentia.notifications.members.MemberDirectory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the rule book, the kinds rules may name and the check of new rules.
 */
@Configuration(proxyBeanMethods = false)
class RuleConfiguration {

	@Bean
	RuleBook ruleBook(JdbcClient jdbc, JsonMapper json) {
		return new RuleBook(jdbc, json);
	}

	@Bean
	NotificationKinds notificationKinds(@Value("${sentia.notifications.extra-kinds:}") List<String> extraKinds) {
		return new NotificationKinds(extraKinds);
	}

	@Bean
	RuleCheck ruleCheck(NotificationKinds kinds, MemberDirectory members, ObjectProvider<ChannelTargets> targets) {
		return new RuleCheck(kinds, members, targets.getIfAvailable());
	}

}
