package io.sentia.notifications.decisions;

import java.net.URI;
import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.notifications.delivery.ChannelTargets;
import io.sentia.notifications.members.MemberDirectory;
import io.sentia.notifications.outbox.DeliveryOutbox;
import io.sentia.notifications.rules.NotificationKinds;
import io.sentia.notifications.rules.RuleBook;
import io.sentia.notifications.secrets.SecretLinks;
import io.sentia.notifications.tenants.TenantDirectory;
import io.sentia.servicekit.kafka.EventConsumer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the planner, the listeners that feed it, follow-ups and acknowledgements.
 */
@Configuration(proxyBeanMethods = false)
class DecisionConfiguration {

	@Bean
	AppLinks appLinks(@Value("${sentia.notifications.app-base-url:http://localhost:8080}") URI baseUrl) {
		return new AppLinks(baseUrl);
	}

	@Bean
	NotificationPlanner notificationPlanner(JdbcClient jdbc, RuleBook rules, MemberDirectory members,
			TenantDirectory tenants, DeliveryOutbox outbox, ObjectProvider<ChannelTargets> channelTargets,
			AppLinks links, SecretLinks secrets, JsonMapper json) {
		return new NotificationPlanner(jdbc, rules, members, tenants, outbox, channelTargets.getIfAvailable(), links,
				secrets, json);
	}

	@Bean
	FollowUps followUps(JdbcClient jdbc, NotificationPlanner planner, MemberDirectory members, TenantDirectory tenants,
			DeliveryOutbox outbox, JsonMapper json) {
		return new FollowUps(jdbc, planner, members, tenants, outbox, json);
	}

	@Bean
	Acknowledgements acknowledgements(JdbcClient jdbc) {
		return new Acknowledgements(jdbc);
	}

	@Bean
	AlertListener alertListener(NotificationPlanner planner, EventConsumer events, AppLinks links, JsonMapper json,
			Clock clock, MeterRegistry meters, NotificationKinds kinds) {
		return new AlertListener(planner, events, links, json, clock, new AlertMeters(meters, kinds));
	}

	@Bean
	SyncListener syncListener(NotificationPlanner planner, EventConsumer events, AppLinks links, JsonMapper json,
			Clock clock) {
		return new SyncListener(planner, events, links, json, clock);
	}

	@Bean
	SuggestionListener suggestionListener(NotificationPlanner planner, EventConsumer events, AppLinks links,
			JsonMapper json, Clock clock) {
		return new SuggestionListener(planner, events, links, json, clock);
	}

	@Bean
	AccountMailListener accountMailListener(EventConsumer events, JdbcClient jdbc, DeliveryOutbox outbox,
			SecretLinks secrets, JsonMapper json, Clock clock) {
		return new AccountMailListener(events, jdbc, outbox, secrets, json, clock);
	}

	@Bean
	ChannelDisabledNotifier channelDisabledNotifier(NotificationPlanner planner, AppLinks links, JsonMapper json,
			Clock clock) {
		return new ChannelDisabledNotifier(planner, links, json, clock);
	}

}
