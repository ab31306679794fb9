package io.sentia.notifications.rules;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelTargets;
import io.sentia.notifications.members.MemberDirectory;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import io.sentia.servicekit.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link RuleRequest} against what exists: known kinds, severities and roles,
 * members of the tenant, channels with configured targets. Every mistake is named by its
 * field in one 400.
 */
class RuleCheck {

	private static final int MAX_MINUTES = 7 * 24 * 60;

	private final NotificationKinds kinds;

	private final MemberDirectory members;

	private final @Nullable ChannelTargets targets;

	RuleCheck(NotificationKinds kinds, MemberDirectory members, @Nullable ChannelTargets targets) {
		this.kinds = kinds;
		this.members = members;
		this.targets = targets;
	}

	Rule rule(String tenantId, UUID id, RuleRequest request) {
		List<InvalidField> errors = new ArrayList<>();
		if (request.name() == null || request.name().isBlank()) {
			errors.add(new InvalidField("name", "must not be blank"));
		}
		List<String> kinds = list(request.kinds());
		for (int i = 0; i < kinds.size(); i++) {
			if (!this.kinds.known(kinds.get(i))) {
				errors.add(new InvalidField("kinds[" + i + "]", "is not a known kind: " + this.kinds.all()));
			}
		}
		List<String> severities = list(request.severities());
		for (int i = 0; i < severities.size(); i++) {
			if (!NotificationKinds.SEVERITIES.contains(severities.get(i))) {
				errors.add(new InvalidField("severities[" + i + "]", "must be one of " + NotificationKinds.SEVERITIES));
			}
		}
		List<String> roles = list(request.roles());
		for (int i = 0; i < roles.size(); i++) {
			if (role(roles.get(i)) == null) {
				errors.add(new InvalidField("roles[" + i + "]", "must be one of " + List.of(Role.values())));
			}
		}
		List<String> users = list(request.users());
		for (int i = 0; i < users.size(); i++) {
			if (this.members.find(tenantId, users.get(i)).filter((member) -> member.active()).isEmpty()) {
				errors.add(new InvalidField("users[" + i + "]", "is not an active member of this tenant"));
			}
		}
		List<ChannelChoice> channels = channels(tenantId, request.channels(), errors);
		Channel escalationChannel = null;
		if (request.escalationChannel() != null) {
			escalationChannel = channel(request.escalationChannel());
			if (escalationChannel != Channel.EMAIL && escalationChannel != Channel.IN_APP) {
				errors.add(new InvalidField("escalationChannel", "must be EMAIL or IN_APP"));
			}
		}
		minutes("threshold", request.threshold(), 0, Integer.MAX_VALUE, errors);
		minutes("reminderMinutes", request.reminderMinutes(), 1, MAX_MINUTES, errors);
		minutes("escalateAfterMinutes", request.escalateAfterMinutes(), 1, MAX_MINUTES, errors);
		minutes("digestHour", request.digestHour(), 0, 23, errors);
		LocalTime quietStart = time("quietStart", request.quietStart(), errors);
		LocalTime quietEnd = time("quietEnd", request.quietEnd(), errors);
		if ((quietStart == null) != (quietEnd == null)) {
			errors.add(new InvalidField((quietStart == null) ? "quietStart" : "quietEnd",
					"must be given together with " + ((quietStart == null) ? "quietEnd" : "quietStart")));
		}
		else if (quietStart != null && quietStart.equals(quietEnd)) {
			errors.add(new InvalidField("quietEnd", "must differ from quietStart"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblemException.invalidFields(errors);
		}
		return new Rule(id, request.name().trim(), kinds, severities,
				roles.stream().map((role) -> role.toUpperCase(Locale.ROOT)).toList(), users, channels,
				request.threshold(), request.reminderMinutes(), Boolean.TRUE.equals(request.notifyResolved()),
				request.escalateAfterMinutes(), escalationChannel, quietStart, quietEnd,
				Boolean.TRUE.equals(request.dailyDigest()), Objects.requireNonNullElse(request.digestHour(), 8),
				!Boolean.FALSE.equals(request.enabled()));
	}

	private List<ChannelChoice> channels(String tenantId, List<RuleRequest.Channel> requested,
			List<InvalidField> errors) {
		List<ChannelChoice> channels = new ArrayList<>();
		if (requested == null || requested.isEmpty()) {
			errors.add(new InvalidField("channels", "must name at least one channel"));
			return channels;
		}
		for (int i = 0; i < requested.size(); i++) {
			String field = "channels[" + i + "]";
			RuleRequest.Channel choice = requested.get(i);
			Channel channel = (choice != null && choice.channel() != null) ? channel(choice.channel()) : null;
			if (channel == null || channel == Channel.WEBHOOK) {
				errors.add(new InvalidField(field + ".channel", "must be one of EMAIL, IN_APP, SLACK, TEAMS"));
				continue;
			}
			if (channel == Channel.SLACK || channel == Channel.TEAMS) {
				if (choice.targetId() == null || choice.targetId().isBlank()) {
					errors.add(new InvalidField(field + ".targetId", "must name the " + channel + " configuration"));
					continue;
				}
				if (this.targets == null || !this.targets.exists(tenantId, channel, choice.targetId())) {
					errors.add(new InvalidField(field + ".targetId",
							"is not a configured, enabled " + channel + " target of this tenant"));
					continue;
				}
				channels.add(new ChannelChoice(channel, choice.targetId()));
			}
			else {
				channels.add(new ChannelChoice(channel, null));
			}
		}
		return channels;
	}

	private static void minutes(String field, Integer value, int min, int max, List<InvalidField> errors) {
		if (value != null && (value < min || value > max)) {
			errors.add(new InvalidField(field, "must be between " + min + " and " + max));
		}
	}

	private static @Nullable LocalTime time(String field, String value, List<InvalidField> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.add(new InvalidField(field, "must be a time of day as HH:mm"));
			return null;
		}
	}

	private static @Nullable Channel channel(String name) {
		try {
			return Channel.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable Role role(String name) {
		try {
			return Role.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static List<String> list(List<String> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
