package io.sentia.notifications.channels.targets;

import java.util.List;

import io.sentia.notifications.channels.configurations.ChannelConfigurations;
import io.sentia.notifications.channels.webhooks.WebhookSubscriptions;
import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelTargets;
import io.sentia.notifications.delivery.Target;

import org.springframework.stereotype.Component;

/**
 * {@link ChannelTargets} from the tenant's Slack and Teams configurations and its webhook
 * subscriptions.
 */
@Component
class ConfiguredChannelTargets implements ChannelTargets {

	private final ChannelConfigurations configurations;

	private final WebhookSubscriptions subscriptions;

	ConfiguredChannelTargets(ChannelConfigurations configurations, WebhookSubscriptions subscriptions) {
		this.configurations = configurations;
		this.subscriptions = subscriptions;
	}

	@Override
	public boolean exists(String tenantId, Channel channel, String id) {
		return switch (channel) {
			case SLACK, TEAMS -> this.configurations.exists(tenantId, channel, id);
			case WEBHOOK -> this.subscriptions.existsEnabled(tenantId, id);
			case EMAIL, IN_APP -> false;
		};
	}

	@Override
	public List<Target> subscribers(String tenantId, String eventType) {
		return this.subscriptions.subscribers(tenantId, eventType)
			.stream()
			.map((id) -> new Target(Channel.WEBHOOK, id.toString(), null))
			.toList();
	}

}
