package io.sentia.notifications.rules;

import io.sentia.notifications.delivery.Channel;

/**
 * One channel a rule sends on.
 *
 * @param channel {@code EMAIL} and {@code IN_APP} reach each recipient; {@code SLACK} and
 * {@code TEAMS} post once to a configured target
 * @param targetId the Slack or Teams configuration id; {@code null} for person channels
 */
public record ChannelChoice(Channel channel, String targetId) {

	/**
	 * Whether the channel reaches people one by one.
	 * @return {@code true} for e-mail and the in-app feed
	 */
	public boolean personal() {
		return this.channel == Channel.EMAIL || this.channel == Channel.IN_APP;
	}

}
