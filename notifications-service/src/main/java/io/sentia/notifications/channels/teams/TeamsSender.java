package io.sentia.notifications.channels.teams;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.sentia.notifications.channels.OutboundPost;
import io.sentia.notifications.channels.TargetAddresses;
import io.sentia.notifications.channels.configurations.ChannelConfigurations;
import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelSender;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;

import org.springframework.stereotype.Component;

/**
 * Posts a delivery to the tenant's Teams incoming webhook or Workflows URL (the target is
 * a channel configuration), once. Workflows answers 202 when it has taken the card; a 429
 * answers its {@code Retry-After}.
 */
@Component
public class TeamsSender implements ChannelSender {

	private final ChannelConfigurations configurations;

	private final TargetAddresses addresses;

	private final OutboundPost post;

	TeamsSender(ChannelConfigurations configurations, TargetAddresses addresses, OutboundPost post) {
		this.configurations = configurations;
		this.addresses = addresses;
		this.post = post;
	}

	@Override
	public Channel channel() {
		return Channel.TEAMS;
	}

	@Override
	public SendResult send(Target target, Message message) {
		Optional<URI> url = this.configurations.url(message.tenantId(), Channel.TEAMS, target.id());
		if (url.isEmpty()) {
			return new SendResult.Rejected("the tenant has no Teams channel " + target.id() + " (deleted?)", null,
					Duration.ZERO);
		}
		Optional<String> refusal = this.addresses.refusal(url.get());
		if (refusal.isPresent()) {
			return new SendResult.Rejected("the Teams URL " + refusal.get(), null, Duration.ZERO);
		}
		return this.post.post(url.get(), AdaptiveCardMessage.render(message), Map.of());
	}

}
