package io.sentia.notifications.rules;

import java.util.List;
import java.util.UUID;

import io.sentia.notifications.delivery.Channel;

/**
 * The rules a tenant starts with, so a new tenant's managers hear about stock-out risks,
 * cash shortfalls, broken syncs and approvals without any set-up, the person who asked
 * for a suggestion hears how it was decided, and admins hear about disabled channels.
 */
final class DefaultRules {

	private static final List<ChannelChoice> EMAIL_AND_FEED = List.of(new ChannelChoice(Channel.EMAIL, null),
			new ChannelChoice(Channel.IN_APP, null));

	/** Quarantined records in one run that are worth a message. */
	static final int QUARANTINE_THRESHOLD = 10;

	private DefaultRules() {
	}

	static List<Rule> rules() {
		return List.of(
				new Rule(UUID.randomUUID(), "Managers hear about risks, broken syncs and approvals",
						List.of(NotificationKinds.STOCKOUT_RISK, NotificationKinds.CASH_SHORTFALL,
								NotificationKinds.SYNC_FAILED, NotificationKinds.CONNECTION_PAUSED,
								NotificationKinds.SYNC_QUARANTINE, NotificationKinds.SUGGESTION_AWAITING_APPROVAL),
						List.of(), List.of("MANAGER"), List.of(), EMAIL_AND_FEED, QUARANTINE_THRESHOLD, 24 * 60, true,
						60, null, null, null, false, 8, true),
				new Rule(UUID.randomUUID(), "Whoever asked hears how a suggestion was decided",
						List.of(NotificationKinds.SUGGESTION_DECIDED), List.of(), List.of(), List.of(), EMAIL_AND_FEED,
						null, null, false, null, null, null, null, false, 8, true),
				new Rule(UUID.randomUUID(), "Admins hear about disabled channels",
						List.of(NotificationKinds.CHANNEL_DISABLED), List.of(), List.of("ADMIN"), List.of(),
						EMAIL_AND_FEED, null, null, false, null, null, null, null, false, 8, true));
	}

}
