package io.sentia.notifications.delivery;

import java.util.Objects;

/**
 * Where one delivery goes.
 *
 * @param channel the channel
 * @param id what the channel addresses: a user id ({@link Channel#IN_APP}), an e-mail
 * address ({@link Channel#EMAIL}), a channel configuration id ({@link Channel#SLACK},
 * {@link Channel#TEAMS}) or a subscription id ({@link Channel#WEBHOOK})
 * @param name a display name for the recipient, or {@code null}
 */
public record Target(Channel channel, String id, String name) {

	public Target {
		Objects.requireNonNull(channel, "channel");
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A target needs an id");
		}
	}

	/**
	 * The key rate limits, circuit breakers and ordering are kept by.
	 * @return channel and id, e.g. {@code WEBHOOK:9f0c…}
	 */
	public String key() {
		return this.channel + ":" + this.id;
	}

}
