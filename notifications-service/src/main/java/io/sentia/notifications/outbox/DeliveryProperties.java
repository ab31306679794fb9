package io.sentia.notifications.outbox;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.sentia.notifications.delivery.Channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dispatcher drains the outbox ({@code sentia.notifications.delivery.*}).
 *
 * @param enabled whether this instance drains the outbox (tests that drive a dispatcher
 * themselves switch it off)
 * @param sweepInterval how often it looks for due deliveries
 * @param batchSize how many it claims per sweep
 * @param concurrency how many sends may run at once
 * @param lease how long a claimed delivery is someone's before another sweep may take it
 * over (a crashed instance's claims come back)
 * @param noSenderRecheck how soon a delivery for a channel with no sender is looked at
 * again
 * @param failureStreak consecutive failed attempts that disable a Slack, Teams or webhook
 * target
 * @param channels the retry, rate and breaker policy of each channel; channels not listed
 * use {@link ChannelPolicy#DEFAULT}
 */
@ConfigurationProperties("sentia.notifications.delivery")
public record DeliveryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration sweepInterval,
		@DefaultValue("50") int batchSize, @DefaultValue("16") int concurrency, @DefaultValue("2m") Duration lease,
		@DefaultValue("30s") Duration noSenderRecheck, @DefaultValue("10") int failureStreak,
		Map<Channel, ChannelPolicy> channels) {

	public DeliveryProperties {
		Map<Channel, ChannelPolicy> all = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			all.put(channel, ChannelPolicy.defaults(channel));
		}
		if (channels != null) {
			all.putAll(channels);
		}
		channels = Map.copyOf(all);
	}

	/**
	 * The policy of a channel.
	 * @param channel the channel
	 * @return its policy
	 */
	public ChannelPolicy policy(Channel channel) {
		return this.channels.get(channel);
	}

	/**
	 * Retry, rate and breaker policy of one channel.
	 *
	 * @param firstRetry the back-off after the first failure; doubled per attempt, with
	 * jitter
	 * @param maxBackoff the longest back-off
	 * @param giveUpAfter how long after its creation a delivery is retried
	 * @param permitsPerSecond sends per second to one target
	 * @param breakerFailureRate failure percentage that opens a target's breaker
	 * @param breakerMinimumCalls calls before the rate counts
	 * @param breakerOpenFor how long an open breaker refuses sends
	 */
	public record ChannelPolicy(Duration firstRetry, Duration maxBackoff, Duration giveUpAfter, double permitsPerSecond,
			float breakerFailureRate, int breakerMinimumCalls, Duration breakerOpenFor) {

		/** What a channel without its own policy uses. */
		public static final ChannelPolicy DEFAULT = new ChannelPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30),
				Duration.ofHours(24), 10, 50, 5, Duration.ofSeconds(30));

		static ChannelPolicy defaults(Channel channel) {
			return switch (channel) {
				// Slack allows about one message per second per incoming webhook.
				case SLACK -> new ChannelPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ofHours(6), 1,
						50, 5, Duration.ofSeconds(30));
				case TEAMS -> new ChannelPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ofHours(6), 2,
						50, 5, Duration.ofSeconds(30));
				// Standard Webhooks: retried for up to 24 hours.
				case WEBHOOK -> new ChannelPolicy(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24), 10,
						50, 5, Duration.ofSeconds(60));
				case EMAIL -> new ChannelPolicy(Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(48), 20,
						50, 5, Duration.ofSeconds(30));
				case IN_APP -> new ChannelPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(24),
						1000, 50, 20, Duration.ofSeconds(5));
			};
		}

	}

}
