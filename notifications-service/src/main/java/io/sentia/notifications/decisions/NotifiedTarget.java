package io.sentia.notifications.decisions;

import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.Target;

/**
 * A target a notification went out on, stored with it so reminders, escalations and the
 * resolved message reach the same places.
 *
 * @param channel the channel
 * @param id the user id, address or configuration id
 * @param name a display name, or {@code null}
 */
record NotifiedTarget(Channel channel, String id, String name) {

	static NotifiedTarget of(Target target) {
		return new NotifiedTarget(target.channel(), target.id(), target.name());
	}

	Target target() {
		return new Target(this.channel, this.id, this.name);
	}

}
