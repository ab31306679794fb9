package io.sentia.notifications.channels.teams;

import java.util.Map;

import io.sentia.notifications.channels.MessageWording;
import io.sentia.notifications.delivery.Message;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A message as Teams wants it from an incoming webhook or a Workflows "post to a channel
 * when a webhook request is received" flow: a {@code message} whose one attachment is an
 * Adaptive Card 1.4 with the title, the lead (coloured by severity), a {@code FactSet}
 * and {@code Action.OpenUrl} buttons into the app.
 */
final class AdaptiveCardMessage {

	static final String CARD_VERSION = "1.4";

	static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private AdaptiveCardMessage() {
	}

	static String render(Message message) {
		ObjectNode payload = JSON.objectNode().put("type", "message");
		ObjectNode attachment = payload.putArray("attachments").addObject();
		attachment.put("contentType", CONTENT_TYPE);
		attachment.putNull("contentUrl");
		ObjectNode card = attachment.putObject("content");
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("type", "AdaptiveCard");
		card.put("version", CARD_VERSION);
		card.putObject("msteams").put("width", "Full");
		ArrayNode body = card.putArray("body");
		String title = (message.title() != null) ? message.title() : "Sentia notification";
		body.addObject()
			.put("type", "TextBlock")
			.put("text", title)
			.put("size", "Medium")
			.put("weight", "Bolder")
			.put("wrap", true);
		body.addObject()
			.put("type", "TextBlock")
			.put("text", MessageWording.lead(message))
			.put("color", color(message))
			.put("wrap", true);
		if (!message.facts().isEmpty()) {
			ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
			for (Map.Entry<String, String> fact : MessageWording.facts(message)) {
				facts.addObject().put("title", fact.getKey()).put("value", fact.getValue());
			}
		}
		String when = MessageWording.when(message.occurredAt());
		if (when != null) {
			body.addObject()
				.put("type", "TextBlock")
				.put("text", "Detected " + when)
				.put("isSubtle", true)
				.put("size", "Small")
				.put("wrap", true);
		}
		ArrayNode actions = card.putArray("actions");
		String link = MessageWording.webLink(message.link());
		if (link != null) {
			actions.addObject().put("type", "Action.OpenUrl").put("title", "Open in Sentia").put("url", link);
		}
		String acknowledge = MessageWording.acknowledgeLink(message);
		if (acknowledge != null) {
			actions.addObject().put("type", "Action.OpenUrl").put("title", "Acknowledge").put("url", acknowledge);
		}
		return payload.toString();
	}

	/** Adaptive Cards' named colours: Attention (red), Warning (amber), Good (green). */
	private static String color(Message message) {
		if (message.stage() == Message.Stage.RESOLVED) {
			return "Good";
		}
		String severity = (message.severity() != null) ? message.severity() : "info";
		return switch (severity) {
			case "critical" -> "Attention";
			case "warning" -> "Warning";
			default -> "Default";
		};
	}

}
