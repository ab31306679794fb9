package io.sentia.notifications.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelSender;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;

/**
 * The {@link Channel#IN_APP} channel: adds the delivery's item to the user's feed (once,
 * however often it is attempted) and pushes it to the user's open streams.
 */
class InAppSender implements ChannelSender {

	private final FeedItems items;

	private final FeedStreams streams;

	private final Clock clock;

	InAppSender(FeedItems items, FeedStreams streams, Clock clock) {
		this.items = items;
		this.streams = streams;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.IN_APP;
	}

	@Override
	public SendResult send(Target target, Message message) {
		Instant started = this.clock.instant();
		String userId = target.id();
		if (this.items.add(userId, message, started)) {
			this.items.find(message.tenantId(), userId, message.deliveryId())
				.ifPresent((item) -> this.streams.push(message.tenantId(), userId, item,
						this.items.unread(message.tenantId(), userId)));
		}
		return new SendResult.Delivered(null, Duration.between(started, this.clock.instant()));
	}

}
