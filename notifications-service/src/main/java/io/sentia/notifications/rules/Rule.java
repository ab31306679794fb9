package io.sentia.notifications.rules;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.sentia.notifications.delivery.Channel;

/**
 * Who hears about what, and how.
 *
 * @param id the rule's id
 * @param name a name for people
 * @param kinds the kinds it applies to; empty for every kind
 * @param severities the severities it applies to; empty for every severity
 * @param roles the roles whose active members hear about it
 * @param users named users who hear about it
 * @param channels where it goes
 * @param threshold for kinds with a number (the quarantine count), the least number worth
 * a message; {@code null} for no threshold
 * @param reminderMinutes a reminder after this long while still open; {@code null} for
 * none
 * @param notifyResolved whether a message goes out when the condition clears
 * @param escalateAfterMinutes a critical notification not acknowledged in this time goes
 * one role up; {@code null} for no escalation
 * @param escalationChannel a second channel the escalation also uses, or {@code null}
 * @param quietStart start of quiet hours in the tenant's zone, or {@code null}
 * @param quietEnd end of quiet hours, or {@code null}
 * @param dailyDigest whether non-critical e-mail is collected into one mail a day
 * @param digestHour the hour of the digest in the tenant's zone
 * @param enabled whether it applies
 */
public record Rule(UUID id, String name, List<String> kinds, List<String> severities, List<String> roles,
		List<String> users, List<ChannelChoice> channels, Integer threshold, Integer reminderMinutes,
		boolean notifyResolved, Integer escalateAfterMinutes, Channel escalationChannel, LocalTime quietStart,
		LocalTime quietEnd, boolean dailyDigest, int digestHour, boolean enabled) {

	public Rule {
		kinds = List.copyOf(kinds);
		severities = List.copyOf(severities);
		roles = List.copyOf(roles);
		users = List.copyOf(users);
		channels = List.copyOf(channels);
	}

	/**
	 * Whether the rule applies to something of this kind and severity.
	 * @param kind e.g. {@code stockout_risk}
	 * @param severity e.g. {@code critical}
	 * @param value the number a threshold is compared with, or {@code null}
	 * @return {@code true} if it applies
	 */
	public boolean applies(String kind, String severity, Long value) {
		return this.enabled && (this.kinds.isEmpty() || this.kinds.contains(kind))
				&& (this.severities.isEmpty() || this.severities.contains(severity))
				&& (this.threshold == null || value == null || value >= this.threshold);
	}

	/**
	 * Whether a time of day in the tenant's zone is within quiet hours.
	 * @param time the local time
	 * @return {@code true} when quiet
	 */
	public boolean quietAt(LocalTime time) {
		if (this.quietStart == null || this.quietEnd == null) {
			return false;
		}
		if (this.quietStart.isBefore(this.quietEnd)) {
			return !time.isBefore(this.quietStart) && time.isBefore(this.quietEnd);
		}
		return !time.isBefore(this.quietStart) || time.isBefore(this.quietEnd);
	}

}
