package io.sentia.notifications.channels.slack;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sentia.notifications.channels.MessageWording;
import io.sentia.notifications.delivery.Message;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A message as a Slack Block Kit payload for an incoming webhook: {@code text} (the
 * notification's fallback), a {@code header}, a {@code section} with the lead and
 * severity, {@code section} fields for the facts (ten per section), a {@code context}
 * with the time, and an {@code actions} block with buttons linking into the app. Texts
 * are cut to Slack's limits and mrkdwn is escaped.
 */
final class BlockKitMessage {

	static final int HEADER_MAX = 150;

	static final int FIELDS_PER_SECTION = 10;

	static final int FIELD_MAX = 2000;

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private BlockKitMessage() {
	}

	static String render(Message message) {
		ObjectNode payload = JSON.objectNode();
		String title = (message.title() != null) ? message.title() : "Sentia notification";
		payload.put("text", MessageWording.cut(title, 3000));
		ArrayNode blocks = payload.putArray("blocks");
		blocks.add(header(title));
		blocks.add(mrkdwnSection("*" + escape(severity(message)) + "* · " + escape(MessageWording.lead(message))));
		List<Map.Entry<String, String>> facts = MessageWording.facts(message);
		for (int from = 0; from < facts.size(); from += FIELDS_PER_SECTION) {
			ObjectNode section = blocks.addObject().put("type", "section");
			ArrayNode fields = section.putArray("fields");
			for (Map.Entry<String, String> fact : facts.subList(from,
					Math.min(facts.size(), from + FIELDS_PER_SECTION))) {
				fields.add(mrkdwn(
						MessageWording.cut("*" + escape(fact.getKey()) + "*\n" + escape(fact.getValue()), FIELD_MAX)));
			}
		}
		String when = MessageWording.when(message.occurredAt());
		if (when != null) {
			ObjectNode context = blocks.addObject().put("type", "context");
			context.putArray("elements").add(mrkdwn("Detected " + when));
		}
		String link = MessageWording.webLink(message.link());
		String acknowledge = MessageWording.acknowledgeLink(message);
		if (link != null || acknowledge != null) {
			ObjectNode actions = blocks.addObject().put("type", "actions");
			ArrayNode elements = actions.putArray("elements");
			if (link != null) {
				elements.add(button("open_in_sentia", "Open in Sentia", link).put("style", "primary"));
			}
			if (acknowledge != null) {
				elements.add(button("acknowledge", "Acknowledge", acknowledge));
			}
		}
		return payload.toString();
	}

	private static ObjectNode header(String title) {
		ObjectNode header = JSON.objectNode().put("type", "header");
		header.set("text", plainText(MessageWording.cut(title, HEADER_MAX)));
		return header;
	}

	private static ObjectNode mrkdwnSection(String text) {
		ObjectNode section = JSON.objectNode().put("type", "section");
		section.set("text", mrkdwn(MessageWording.cut(text, 3000)));
		return section;
	}

	private static ObjectNode button(String actionId, String label, String url) {
		ObjectNode button = JSON.objectNode().put("type", "button").put("action_id", actionId);
		button.set("text", plainText(label));
		return button.put("url", url);
	}

	private static ObjectNode plainText(String text) {
		return JSON.objectNode().put("type", "plain_text").put("text", text).put("emoji", true);
	}

	private static ObjectNode mrkdwn(String text) {
		return JSON.objectNode().put("type", "mrkdwn").put("text", text);
	}

	private static String severity(Message message) {
		String severity = (message.severity() != null) ? message.severity() : "info";
		return severity.substring(0, 1).toUpperCase(Locale.ROOT) + severity.substring(1);
	}

	/**
	 * Slack's control characters in mrkdwn: a value must not become a link or mention.
	 */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
