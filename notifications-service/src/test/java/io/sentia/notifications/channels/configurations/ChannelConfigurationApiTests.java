package io.sentia.notifications.channels.configurations;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sentia.notifications.channels.slack.SlackSender;
import io.sentia.notifications.channels.teams.TeamsSender;
import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Slack and Teams configurations through the API, on real PostgreSQL, and the senders
 * posting to them (Slack and Teams simulated on the wire by WireMock).
 */
@SpringBootTest(properties = "sentia.notifications.webhooks.allow-private-targets=true")
@AutoConfigureMockMvc
class ChannelConfigurationApiTests extends InfrastructureTests {

	private static final String CHANNELS = "/api/notifications/v1/channels";

	@RegisterExtension
	static final WireMockExtension chat = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SlackSender slack;

	@Autowired
	private TeamsSender teams;

	@Test
	void createsASlackChannelShowingTheUrlOnceMaskedAndSealingItAtRest() throws Exception {
		String tenant = UUID.randomUUID().toString();
		String url = chat.baseUrl() + "/services/T0001/B0001/s3cr3tT0k3nValue0000";

		JsonNode created = create(tenant, "slack", "#ops-alerts", url, 201);

		assertThat(created.get("type").asString()).isEqualTo("slack");
		assertThat(created.get("name").asString()).isEqualTo("#ops-alerts");
		assertThat(created.get("maskedUrl").asString()).isEqualTo("http://localhost/…0000");
		assertThat(created.toString()).doesNotContain("s3cr3tT0k3n");
		String list = this.mvc.perform(get(CHANNELS).header("Authorization", bearer(tenant, Role.VIEWER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("#ops-alerts", created.get("id").asString()).doesNotContain("s3cr3t", "maskedUrl");
		byte[] stored = this.jdbc.sql("SELECT sealed_url FROM channel_configuration WHERE configuration_id = ?")
			.param(UUID.fromString(created.get("id").asString()))
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("s3cr3t", "services");
	}

	@Test
	void slackSenderPostsABlockKitMessageToTheConfiguredWebhook() throws Exception {
		String tenant = UUID.randomUUID().toString();
		chat.stubFor(post("/slack/one").willReturn(aResponse().withStatus(200).withBody("ok")));
		String id = create(tenant, "slack", "#ops", chat.baseUrl() + "/slack/one", 201).get("id").asString();

		SendResult result = this.slack.send(new Target(Channel.SLACK, id, "#ops"), alert(tenant));

		assertThat(result).isInstanceOf(SendResult.Delivered.class);
		chat.verify(postRequestedFor(urlEqualTo("/slack/one"))
			.withRequestBody(matchingJsonPath("$.blocks[0].type", equalTo("header")))
			.withRequestBody(matchingJsonPath("$.blocks[?(@.type == 'actions')].elements[0].url",
					containing("https://app.sentia.test/alerts/7"))));
	}

	@Test
	void teamsSenderPostsAnAdaptiveCardToTheConfiguredWorkflow() throws Exception {
		String tenant = UUID.randomUUID().toString();
		chat.stubFor(post("/workflows/one").willReturn(aResponse().withStatus(202)));
		String id = create(tenant, "teams", "Finance", chat.baseUrl() + "/workflows/one", 201).get("id").asString();

		SendResult result = this.teams.send(new Target(Channel.TEAMS, id, "Finance"), alert(tenant));

		assertThat(result).isInstanceOfSatisfying(SendResult.Delivered.class,
				(delivered) -> assertThat(delivered.status()).isEqualTo(202));
		chat.verify(
				postRequestedFor(urlEqualTo("/workflows/one"))
					.withRequestBody(matchingJsonPath("$.attachments[0].contentType",
							com.github.tomakehurst.wiremock.client.WireMock
								.equalTo("application/vnd.microsoft.card.adaptive")))
					.withRequestBody(matchingJsonPath("$.attachments[0].content.type", equalTo("AdaptiveCard"))));
	}

	@Test
	void slackRateLimitIsRetriedAfterWhatSlackAsks() throws Exception {
		String tenant = UUID.randomUUID().toString();
		chat.stubFor(post("/slack/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
		String id = create(tenant, "slack", "#busy", chat.baseUrl() + "/slack/busy", 201).get("id").asString();

		SendResult result = this.slack.send(new Target(Channel.SLACK, id, null), alert(tenant));

		assertThat(result).isInstanceOfSatisfying(SendResult.Retry.class,
				(retry) -> assertThat(retry.retryAfter()).hasSeconds(1));
	}

	@Test
	void aDeletedOrOtherTenantsChannelIsRejectedWithoutAnyCall() throws Exception {
		String tenant = UUID.randomUUID().toString();
		String id = create(tenant, "slack", "#gone", chat.baseUrl() + "/slack/gone", 201).get("id").asString();

		SendResult otherTenant = this.slack.send(new Target(Channel.SLACK, id, null),
				alert(UUID.randomUUID().toString()));
		SendResult asTeams = this.teams.send(new Target(Channel.TEAMS, id, null), alert(tenant));
		this.mvc.perform(delete(CHANNELS + "/" + id).header("Authorization", bearer(tenant, Role.MANAGER))).andReturn();
		SendResult deleted = this.slack.send(new Target(Channel.SLACK, id, null), alert(tenant));

		assertThat(otherTenant).isInstanceOf(SendResult.Rejected.class);
		assertThat(asTeams).isInstanceOf(SendResult.Rejected.class);
		assertThat(deleted).isInstanceOf(SendResult.Rejected.class);
		assertThat(chat.findAll(postRequestedFor(urlEqualTo("/slack/gone")))).isEmpty();
	}

	@Test
	void refusesBadInputNamingTheFieldAndAnswersARepeatedCreateWithTheOneThereIs() throws Exception {
		String tenant = UUID.randomUUID().toString();

		assertThat(create(tenant, "pager", "x", "https://93.184.215.14/x", 400).toString()).contains("\"type\"",
				"must be slack or teams");
		assertThat(create(tenant, "slack", " ", "https://93.184.215.14/x", 400).toString()).contains("\"name\"");
		assertThat(create(tenant, "slack", "ok", "not a url", 400).toString()).contains("\"url\"");
		String id = create(tenant, "slack", "#dup", chat.baseUrl() + "/a", 201).get("id").asString();
		assertThat(create(tenant, "slack", "#dup", chat.baseUrl() + "/a", 200).get("id").asString()).isEqualTo(id);
		assertThat(create(tenant, "teams", "#DUP", chat.baseUrl() + "/a", 409).toString()).contains("is taken");
		assertThat(create(tenant, "slack", "#DUP", chat.baseUrl() + "/b", 409).toString()).contains("is taken");
	}

	private JsonNode create(String tenant, String type, String name, String url, int expected) throws Exception {
		MvcResult result = this.mvc
			.perform(MockMvcRequestBuilders.post(CHANNELS)
				.header("Authorization", bearer(tenant, Role.MANAGER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("type", type, "name", name, "url", url))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expected);
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	private static String bearer(String tenant, Role role) {
		return TestTokens.bearer(TestTokens.user(tenant, role));
	}

	private static Message alert(String tenant) {
		return new Message(UUID.randomUUID(), tenant, "alert.raised", "stockout_risk", "critical", Message.Stage.RAISED,
				"Stock-out risk: WHISKY-12", Map.of("days_of_cover", "9"),
				URI.create("https://app.sentia.test/alerts/7"), URI.create("https://app.sentia.test/ack/7"), "{}",
				Instant.parse("2026-12-07T09:30:00Z"));
	}

}
