package io.sentia.notifications.channels.slack;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.sentia.notifications.delivery.Message;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Block Kit payload against Slack's documented structure and limits (header: a
 * {@code plain_text} of at most 150 characters; section {@code fields}: at most 10 texts
 * of at most 2000; buttons: {@code plain_text} label and a {@code url}).
 */
class BlockKitMessageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void rendersHeaderFactsAndAButtonIntoTheApp() {
		JsonNode payload = JSON.readTree(BlockKitMessage.render(message(Message.Stage.RAISED,
				"Stock-out risk: WHISKY-12", Map.of("sku", "WHISKY-12", "days_of_cover", "9"))));

		assertThat(payload.get("text").asString()).isEqualTo("Stock-out risk: WHISKY-12");
		JsonNode blocks = payload.get("blocks");
		assertThat(blocks.get(0).get("type").asString()).isEqualTo("header");
		assertThat(blocks.get(0).get("text").get("type").asString()).isEqualTo("plain_text");
		assertThat(blocks.get(0).get("text").get("text").asString()).isEqualTo("Stock-out risk: WHISKY-12");
		assertThat(blocks.get(1).get("text").get("text").asString())
			.isEqualTo("*Critical* · A new alert needs your attention.");
		JsonNode fields = blocks.get(2).get("fields");
		assertThat(blocks.get(2).get("type").asString()).isEqualTo("section");
		assertThat(fields.get(0).get("type").asString()).isEqualTo("mrkdwn");
		assertThat(fields.get(0).get("text").asString()).isEqualTo("*Days of cover*\n9");
		assertThat(fields.get(1).get("text").asString()).isEqualTo("*Sku*\nWHISKY-12");
		assertThat(blocks.get(3).get("type").asString()).isEqualTo("context");
		assertThat(blocks.get(3).get("elements").get(0).get("text").asString())
			.isEqualTo("Detected 7 Dec 2026, 09:30 UTC");
		JsonNode buttons = blocks.get(4).get("elements");
		assertThat(blocks.get(4).get("type").asString()).isEqualTo("actions");
		assertThat(buttons.get(0).get("type").asString()).isEqualTo("button");
		assertThat(buttons.get(0).get("text").get("type").asString()).isEqualTo("plain_text");
		assertThat(buttons.get(0).get("text").get("text").asString()).isEqualTo("Open in Sentia");
		assertThat(buttons.get(0).get("url").asString()).isEqualTo("https://app.sentia.test/alerts/42");
		assertThat(buttons.get(1).get("url").asString()).isEqualTo("https://app.sentia.test/ack/42");
	}

	@Test
	void keepsToSlacksLimitsOnLongTitlesAndManyFacts() {
		Map<String, String> facts = new HashMap<>();
		for (int i = 0; i < 23; i++) {
			facts.put("fact_" + (char) ('a' + i), "x".repeat(2500));
		}
		JsonNode blocks = JSON.readTree(BlockKitMessage.render(message(Message.Stage.RAISED, "T".repeat(400), facts)))
			.get("blocks");

		assertThat(blocks.get(0).get("text").get("text").asString()).hasSize(BlockKitMessage.HEADER_MAX).endsWith("…");
		int fields = 0;
		for (JsonNode block : blocks) {
			if (block.has("fields")) {
				assertThat(block.get("fields").size()).isLessThanOrEqualTo(BlockKitMessage.FIELDS_PER_SECTION);
				for (JsonNode field : block.get("fields")) {
					assertThat(field.get("text").asString().length()).isLessThanOrEqualTo(BlockKitMessage.FIELD_MAX);
				}
				fields += block.get("fields").size();
			}
		}
		assertThat(fields).isEqualTo(23);
	}

	@Test
	void escapesMrkdwnSoAValueCannotMentionEveryoneOrHideALink() {
		JsonNode blocks = JSON
			.readTree(BlockKitMessage
				.render(message(Message.Stage.RAISED, "x", Map.of("sku", "<!channel> & <https://evil.test|click>"))))
			.get("blocks");

		assertThat(blocks.get(2).get("fields").get(0).get("text").asString())
			.isEqualTo("*Sku*\n&lt;!channel&gt; &amp; &lt;https://evil.test|click&gt;");
	}

	@Test
	void offersNoAcknowledgeButtonOnceResolved() {
		JsonNode blocks = JSON.readTree(BlockKitMessage.render(message(Message.Stage.RESOLVED, "Cleared", Map.of())))
			.get("blocks");

		JsonNode actions = blocks.get(blocks.size() - 1);
		assertThat(actions.get("type").asString()).isEqualTo("actions");
		assertThat(actions.get("elements").size()).isEqualTo(1);
		assertThat(blocks.get(1).get("text").get("text").asString()).contains("has cleared");
	}

	static Message message(Message.Stage stage, String title, Map<String, String> facts) {
		return new Message(UUID.randomUUID(), "tenant-1", "alert.raised", "stockout_risk", "critical", stage, title,
				facts, URI.create("https://app.sentia.test/alerts/42"), URI.create("https://app.sentia.test/ack/42"),
				"{}", Instant.parse("2026-12-07T09:30:00Z"));
	}

}
