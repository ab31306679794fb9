package io.sentia.notifications.channels.slack;

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
 * Posts a delivery to the tenant's Slack incoming webhook (the target is a channel
 * configuration), once. Slack allows about one message per second per webhook; the
 * outbox's rate limit per target keeps to it, and a 429 answers its {@code Retry-After}.
 */
@Component
public class SlackSender implements ChannelSender {

	private final ChannelConfigurations configurations;

	private final TargetAddresses addresses;

	private final OutboundPost post;

	SlackSender(ChannelConfigurations configurations, TargetAddresses addresses, OutboundPost post) {
		this.configurations = configurations;
		this.addresses = addresses;
		this.post = post;
	}

	@Override
	public Channel channel() {
		return Channel.SLACK;
	}

	@Override
	public SendResult send(Target target, Message message) {
		Optional<URI> url = this.configurations.url(message.tenantId(), Channel.SLACK, target.id());
		if (url.isEmpty()) {
			return new SendResult.Rejected("the tenant has no Slack channel " + target.id() + " (deleted?)", null,
					Duration.ZERO);
		}
		Optional<String> refusal = this.addresses.refusal(url.get());
		if (refusal.isPresent()) {
			return new SendResult.Rejected("the Slack URL " + refusal.get(), null, Duration.ZERO);
		}
		return this.post.post(url.get(), BlockKitMessage.render(message), Map.of());
	}

}
