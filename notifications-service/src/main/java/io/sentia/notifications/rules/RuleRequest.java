package io.sentia.notifications.rules;

import java.util.List;

/**
 * A rule as a client writes it; {@link RuleCheck} turns it into a {@link Rule} or names
 * the field to fix.
 *
 * @param name a name for people
 * @param kinds kinds it applies to; empty or absent for every kind
 * @param severities {@code info}, {@code warning}, {@code critical}; empty for all
 * @param roles {@code VIEWER}, {@code OPERATOR}, {@code MANAGER}, {@code ADMIN}
 * @param users user ids of the tenant's members
 * @param channels where it goes
 * @param threshold least number worth a message, for kinds with a number
 * @param reminderMinutes minutes until a reminder while still open
 * @param notifyResolved whether a message goes out when the condition clears
 * @param escalateAfterMinutes minutes until an unacknowledged critical notification goes
 * one role up
 * @param escalationChannel a second channel for the escalation ({@code EMAIL} or
 * {@code IN_APP})
 * @param quietStart start of quiet hours, {@code HH:mm} in the tenant's zone
 * @param quietEnd end of quiet hours
 * @param dailyDigest whether non-critical e-mail is collected into one mail a day
 * @param digestHour the hour (0–23) of the digest
 * @param enabled whether it applies; default {@code true}
 */
public record RuleRequest(String name, List<String> kinds, List<String> severities, List<String> roles,
		List<String> users, List<Channel> channels, Integer threshold, Integer reminderMinutes, Boolean notifyResolved,
		Integer escalateAfterMinutes, String escalationChannel, String quietStart, String quietEnd, Boolean dailyDigest,
		Integer digestHour, Boolean enabled) {

	/**
	 * One channel as a client writes it.
	 *
	 * @param channel {@code EMAIL}, {@code IN_APP}, {@code SLACK} or {@code TEAMS}
	 * @param targetId the Slack or Teams configuration id
	 */
	public record Channel(String channel, String targetId) {
	}

}
