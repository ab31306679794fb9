package io.sentia.notifications.channels;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.sentia.notifications.delivery.Message;
import org.jspecify.annotations.Nullable;

/**
 * The words the chat channels (Slack, Teams) put around a message: one lead line per
 * stage of an episode, fact labels, the time and the links they may show.
 */
public final class MessageWording {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK);

	private MessageWording() {
	}

	/**
	 * The line that says where in an episode the message is.
	 * @param message the message
	 * @return the lead
	 */
	public static String lead(Message message) {
		return switch (message.stage()) {
			case RAISED -> "A new alert needs your attention.";
			case REMINDER -> "Reminder: this alert is still open.";
			case ESCALATED -> "This alert was not acknowledged in time, so it is now yours to look at.";
			case RESOLVED -> "Good news: this alert has cleared. Nothing more needs doing.";
			case DIGEST -> "Here is your digest of recent notifications.";
			case ACCOUNT -> "About your Sentia account.";
		};
	}

	/**
	 * The facts as (label, value) pairs in a stable order, {@code days_of_cover} labelled
	 * {@code Days of cover}.
	 * @param message the message
	 * @return the facts
	 */
	public static List<Map.Entry<String, String>> facts(Message message) {
		List<Map.Entry<String, String>> entries = new ArrayList<>();
		new TreeMap<>(message.facts()).forEach((name, value) -> entries.add(Map.entry(label(name), value)));
		return entries;
	}

	/**
	 * A fact name as a label.
	 * @param name e.g. {@code days_of_cover}
	 * @return e.g. {@code Days of cover}
	 */
	public static String label(String name) {
		String words = name.replace('_', ' ').strip();
		return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * When it happened, for people.
	 * @param at the instant, or {@code null}
	 * @return e.g. {@code 7 Dec 2026, 09:30 UTC}, or {@code null}
	 */
	public static @Nullable String when(@Nullable Instant at) {
		return (at != null) ? WHEN.format(at.atZone(ZoneOffset.UTC)) : null;
	}

	/**
	 * A link a message may show: http(s) only, anything else (javascript:, data:) is left
	 * out.
	 * @param link the link, or {@code null}
	 * @return the link, or {@code null}
	 */
	public static @Nullable String webLink(@Nullable URI link) {
		if (link == null || link.getScheme() == null) {
			return null;
		}
		String scheme = link.getScheme().toLowerCase(Locale.ROOT);
		return (scheme.equals("https") || scheme.equals("http")) ? link.toString() : null;
	}

	/**
	 * The acknowledge link, while there is anything to acknowledge.
	 * @param message the message
	 * @return the link, or {@code null} once resolved or for account mail
	 */
	public static @Nullable String acknowledgeLink(Message message) {
		return (message.stage() == Message.Stage.RESOLVED || message.stage() == Message.Stage.ACCOUNT) ? null
				: webLink(message.acknowledgeLink());
	}

	/**
	 * Cuts a text to a receiver's limit, marking the cut.
	 * @param text the text
	 * @param max the most characters allowed
	 * @return the text, or its start and an ellipsis
	 */
	public static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
