package io.sentia.notifications.channels.teams;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.sentia.notifications.delivery.Message;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Teams payload against the documented structure for incoming webhooks and Workflows:
 * {@code {"type": "message", "attachments": [{"contentType":
 * "application/vnd.microsoft.card.adaptive", "content": <AdaptiveCard>}]}}, the card
 * version 1.4 or later.
 */
class AdaptiveCardMessageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void wrapsAnAdaptiveCardWithFactsAndLinksInAMessageAttachment() {
		JsonNode payload = JSON.readTree(AdaptiveCardMessage.render(message(Message.Stage.ESCALATED, "critical")));

		assertThat(payload.get("type").asString()).isEqualTo("message");
		JsonNode attachment = payload.get("attachments").get(0);
		assertThat(payload.get("attachments").size()).isEqualTo(1);
		assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		JsonNode card = attachment.get("content");
		assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(card.get("$schema").asString()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
		assertThat(Double.parseDouble(card.get("version").asString())).isGreaterThanOrEqualTo(1.4);
		JsonNode body = card.get("body");
		assertThat(body.get(0).get("type").asString()).isEqualTo("TextBlock");
		assertThat(body.get(0).get("text").asString()).isEqualTo("Cash shortfall in week 49");
		assertThat(body.get(0).get("weight").asString()).isEqualTo("Bolder");
		assertThat(body.get(1).get("text").asString()).contains("not acknowledged in time");
		assertThat(body.get(1).get("color").asString()).isEqualTo("Attention");
		JsonNode facts = body.get(2);
		assertThat(facts.get("type").asString()).isEqualTo("FactSet");
		assertThat(facts.get("facts").get(0).get("title").asString()).isEqualTo("Minimum cash");
		assertThat(facts.get("facts").get(0).get("value").asString()).isEqualTo("£10,000.00");
		JsonNode actions = card.get("actions");
		assertThat(actions.get(0).get("type").asString()).isEqualTo("Action.OpenUrl");
		assertThat(actions.get(0).get("title").asString()).isEqualTo("Open in Sentia");
		assertThat(actions.get(0).get("url").asString()).isEqualTo("https://app.sentia.test/cash");
		assertThat(actions.get(1).get("title").asString()).isEqualTo("Acknowledge");
	}

	@Test
	void coloursTheLeadBySeverityAndGreenOnceResolved() {
		assertThat(lead(message(Message.Stage.RAISED, "warning")).get("color").asString()).isEqualTo("Warning");
		assertThat(lead(message(Message.Stage.RAISED, "info")).get("color").asString()).isEqualTo("Default");
		JsonNode resolved = JSON.readTree(AdaptiveCardMessage.render(message(Message.Stage.RESOLVED, "critical")));
		assertThat(resolved.get("attachments").get(0).get("content").get("body").get(1).get("color").asString())
			.isEqualTo("Good");
		assertThat(resolved.get("attachments").get(0).get("content").get("actions").size()).isEqualTo(1);
	}

	private static JsonNode lead(Message message) {
		return JSON.readTree(AdaptiveCardMessage.render(message))
			.get("attachments")
			.get(0)
			.get("content")
			.get("body")
			.get(1);
	}

	private static Message message(Message.Stage stage, String severity) {
		return new Message(UUID.randomUUID(), "tenant-1", "alert.raised", "cash_shortfall", severity, stage,
				"Cash shortfall in week 49", Map.of("minimum_cash", "£10,000.00", "week", "2026-W49"),
				URI.create("https://app.sentia.test/cash"), URI.create("https://app.sentia.test/ack/9"), "{}",
				Instant.parse("2026-12-07T09:30:00Z"));
	}

}
