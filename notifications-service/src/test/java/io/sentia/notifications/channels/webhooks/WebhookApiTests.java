package io.sentia.notifications.channels.webhooks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelTargets;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook subscriptions through the API on real PostgreSQL, and signed deliveries to a
 * partner receiver (WireMock) checked by an independent Standard Webhooks verifier.
 */
@SpringBootTest(properties = "sentia.notifications.webhooks.allow-private-targets=true")
@AutoConfigureMockMvc
class WebhookApiTests extends InfrastructureTests {

	private static final String WEBHOOKS = "/api/notifications/v1/webhooks";

	@RegisterExtension
	static final WireMockExtension partner = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WebhookSender sender;

	@Autowired
	private ChannelTargets targets;

	private String tenant;

	@BeforeEach
	void newTenantAndAReceiverThatTakesEverything() {
		this.tenant = UUID.randomUUID().toString();
		partner.stubFor(post(urlEqualTo("/hooks/sentia")).willReturn(aResponse().withStatus(204)));
	}

	@Test
	void createsASubscriptionShowingItsSecretOnceAndSealingItAtRest() throws Exception {
		JsonNode created = create(Map.of("url", partner.baseUrl() + "/hooks/sentia", "eventTypes",
				List.of("alert.raised", "alert.resolved"), "description", "ERP"), 201);
		String id = created.get("id").asString();
		String secret = created.get("secret").asString();

		assertThat(secret).startsWith("whsec_");
		assertThat(created.get("enabled").asBoolean()).isTrue();
		assertThat(created.get("eventTypes").toString()).isEqualTo("[\"alert.raised\",\"alert.resolved\"]");
		String list = perform(MockMvcRequestBuilders.get(WEBHOOKS), Role.VIEWER).getResponse().getContentAsString();
		String one = perform(MockMvcRequestBuilders.get(WEBHOOKS + "/" + id), Role.VIEWER).getResponse()
			.getContentAsString();
		assertThat(list).contains(id).doesNotContain(secret, "whsec_");
		assertThat(one).contains("ERP").doesNotContain(secret, "whsec_");
		List<byte[]> stored = this.jdbc.sql("SELECT sealed_secret FROM webhook_secret WHERE subscription_id = ?")
			.param(UUID.fromString(id))
			.query(byte[].class)
			.list();
		assertThat(stored).hasSize(1);
		assertThat(new String(stored.get(0), StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6),
				"whsec_");
	}

	@Test
	void deliversASignedEventThatAnIndependentVerifierAccepts() throws Exception {
		JsonNode created = create(
				Map.of("url", partner.baseUrl() + "/hooks/sentia", "eventTypes", List.of("alert.raised")), 201);
		Message alert = alert(this.tenant, "{\"kind\": \"stockout_risk\", \"sku\": \"WHISKY-12\", \"daysOfCover\": 9}");

		SendResult result = this.sender.send(target(created), alert);

		assertThat(result).isInstanceOfSatisfying(SendResult.Delivered.class,
				(delivered) -> assertThat(delivered.status()).isEqualTo(204));
		LoggedRequest request = onlyRequest();
		String body = request.getBodyAsString();
		assertThat(request.getHeader("webhook-id")).isEqualTo(alert.deliveryId().toString());
		assertThat(StandardWebhooksVerifier.verifies(created.get("secret").asString(), request.getHeader("webhook-id"),
				request.getHeader("webhook-timestamp"), request.getHeader("webhook-signature"), body, Instant.now()))
			.isTrue();
		JsonNode payload = JSON.readTree(body);
		assertThat(payload.get("type").asString()).isEqualTo("alert.raised");
		assertThat(payload.get("timestamp").asString()).isEqualTo("2026-12-07T09:30:00Z");
		assertThat(payload.get("data").get("sku").asString()).isEqualTo("WHISKY-12");
		assertThat(payload.get("data").get("daysOfCover").asInt()).isEqualTo(9);
		assertThat(StandardWebhooksVerifier.verifies(created.get("secret").asString(), request.getHeader("webhook-id"),
				request.getHeader("webhook-timestamp"), request.getHeader("webhook-signature"),
				body.replace("WHISKY-12", "WHISKY-13"), Instant.now()))
			.isFalse();
	}

	@Test
	void signsWithBothSecretsDuringTheRotationOverlapAndOnlyTheNewOneAfterIt() throws Exception {
		JsonNode created = create(Map.of("url", partner.baseUrl() + "/hooks/sentia", "eventTypes", List.of("*")), 201);
		String id = created.get("id").asString();
		String old = created.get("secret").asString();

		JsonNode rotated = JSON.readTree(
				perform(MockMvcRequestBuilders.post(WEBHOOKS + "/" + id + "/rotate-secret"), Role.MANAGER).getResponse()
					.getContentAsString());
		String fresh = rotated.get("secret").asString();
		Instant until = Instant.parse(rotated.get("previousValidUntil").asString());
		this.sender.send(target(created), alert(this.tenant, "{}"));

		assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
		assertThat(until).isBetween(Instant.now().plusSeconds(24 * 3600 - 120), Instant.now().plusSeconds(24 * 3600));
		LoggedRequest during = onlyRequest();
		assertThat(during.getHeader("webhook-signature").split(" ")).hasSize(2);
		assertThat(verifies(old, during)).isTrue();
		assertThat(verifies(fresh, during)).isTrue();

		this.jdbc
			.sql("UPDATE webhook_secret SET valid_until = now() - interval '1 second' "
					+ "WHERE subscription_id = ? AND valid_until IS NOT NULL")
			.param(UUID.fromString(id))
			.update();
		partner.resetRequests();
		this.sender.send(target(created), alert(this.tenant, "{}"));

		LoggedRequest after = onlyRequest();
		assertThat(after.getHeader("webhook-signature").split(" ")).hasSize(1);
		assertThat(verifies(old, after)).isFalse();
		assertThat(verifies(fresh, after)).isTrue();
	}

	@Test
	void testSendAnswersTheReceiversStatusAndResponseTime() throws Exception {
		partner.stubFor(post(urlEqualTo("/hooks/slow")).willReturn(aResponse().withStatus(202).withFixedDelay(150)));
		JsonNode created = create(Map.of("url", partner.baseUrl() + "/hooks/slow", "eventTypes", List.of("*")), 201);

		JsonNode answer = JSON
			.readTree(perform(MockMvcRequestBuilders.post(WEBHOOKS + "/" + created.get("id").asString() + "/test"),
					Role.MANAGER)
				.getResponse()
				.getContentAsString());

		assertThat(answer.get("outcome").asString()).isEqualTo("delivered");
		assertThat(answer.get("status").asInt()).isEqualTo(202);
		assertThat(answer.get("responseTimeMs").asLong()).isGreaterThanOrEqualTo(150);
		LoggedRequest request = partner.findAll(postRequestedFor(urlEqualTo("/hooks/slow"))).get(0);
		assertThat(JSON.readTree(request.getBodyAsString()).get("type").asString()).isEqualTo("webhook.test");
		assertThat(verifies(created.get("secret").asString(), request)).isTrue();
	}

	@Test
	void testSendReportsAFailingReceiverWithoutFailingItself() throws Exception {
		partner.stubFor(post(urlEqualTo("/hooks/down")).willReturn(aResponse().withStatus(503)));
		JsonNode created = create(Map.of("url", partner.baseUrl() + "/hooks/down", "eventTypes", List.of("*")), 201);

		MvcResult result = perform(MockMvcRequestBuilders.post(WEBHOOKS + "/" + created.get("id").asString() + "/test"),
				Role.ADMIN);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode answer = JSON.readTree(result.getResponse().getContentAsString());
		assertThat(answer.get("outcome").asString()).isEqualTo("retry");
		assertThat(answer.get("status").asInt()).isEqualTo(503);
	}

	@Test
	void aDisabledSubscriptionGetsNothingUntilEnabledAgain() throws Exception {
		JsonNode created = create(
				Map.of("url", partner.baseUrl() + "/hooks/sentia", "eventTypes", List.of("alert.raised")), 201);
		String id = created.get("id").asString();

		this.sender.disable(this.tenant, target(created), "50 failed deliveries in a row");

		assertThat(this.sender.send(target(created), alert(this.tenant, "{}"))).isInstanceOf(SendResult.Rejected.class);
		assertThat(this.targets.exists(this.tenant, Channel.WEBHOOK, id)).isFalse();
		assertThat(this.targets.subscribers(this.tenant, "alert.raised")).isEmpty();
		JsonNode shown = JSON
			.readTree(perform(MockMvcRequestBuilders.get(WEBHOOKS + "/" + id), Role.VIEWER).getResponse()
				.getContentAsString());
		assertThat(shown.get("enabled").asBoolean()).isFalse();
		assertThat(shown.get("disabledReason").asString()).isEqualTo("50 failed deliveries in a row");
		assertThat(partner.getAllServeEvents()).isEmpty();

		perform(MockMvcRequestBuilders.post(WEBHOOKS + "/" + id + "/enable"), Role.MANAGER);

		assertThat(this.sender.send(target(created), alert(this.tenant, "{}")))
			.isInstanceOf(SendResult.Delivered.class);
		assertThat(this.targets.exists(this.tenant, Channel.WEBHOOK, id)).isTrue();
	}

	@Test
	void routesAnEventTypeToTheEnabledSubscriptionsThatWantItInCreationOrder() throws Exception {
		String first = create(Map.of("url", partner.baseUrl() + "/hooks/sentia", "eventTypes", List.of("alert.raised")),
				201)
			.get("id")
			.asString();
		create(Map.of("url", partner.baseUrl() + "/hooks/sentia", "eventTypes", List.of("sync.failed")), 201);
		String all = create(Map.of("url", partner.baseUrl() + "/hooks/sentia", "eventTypes", List.of("*")), 201)
			.get("id")
			.asString();

		assertThat(this.targets.subscribers(this.tenant, "alert.raised")).extracting(Target::id)
			.containsExactly(first, all);
		assertThat(this.targets.subscribers(UUID.randomUUID().toString(), "alert.raised")).isEmpty();
		assertThat(this.targets.exists(UUID.randomUUID().toString(), Channel.WEBHOOK, first)).isFalse();
	}

	@Test
	void updatesAndDeletesASubscription() throws Exception {
		String id = create(Map.of("url", partner.baseUrl() + "/hooks/sentia", "eventTypes", List.of("alert.raised")),
				201)
			.get("id")
			.asString();

		MvcResult updated = perform(MockMvcRequestBuilders.patch(WEBHOOKS + "/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"eventTypes\": [\"sync.failed\"], \"description\": \"Sync watch\"}"), Role.MANAGER);
		JsonNode changed = JSON.readTree(updated.getResponse().getContentAsString());
		assertThat(changed.get("eventTypes").get(0).asString()).isEqualTo("sync.failed");
		assertThat(changed.get("url").asString()).isEqualTo(partner.baseUrl() + "/hooks/sentia");
		assertThat(this.targets.subscribers(this.tenant, "sync.failed")).extracting(Target::id).containsExactly(id);

		assertThat(perform(MockMvcRequestBuilders.delete(WEBHOOKS + "/" + id), Role.MANAGER).getResponse().getStatus())
			.isEqualTo(204);
		assertThat(perform(MockMvcRequestBuilders.get(WEBHOOKS + "/" + id), Role.VIEWER).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.sender.send(new Target(Channel.WEBHOOK, id, null), alert(this.tenant, "{}")))
			.isInstanceOf(SendResult.Rejected.class);
	}

	@Test
	void refusesUnknownEventTypesAndMissingFieldsNamingThem() throws Exception {
		String unknown = create(Map.of("url", partner.baseUrl() + "/hooks/sentia", "eventTypes",
				List.of("alert.raised", "alert.exploded")), 400)
			.toString();
		String missing = create(Map.of("url", partner.baseUrl() + "/hooks/sentia"), 400).toString();

		assertThat(unknown).contains("eventTypes[1]").doesNotContain("eventTypes[0]");
		assertThat(missing).contains("\"eventTypes\"");
	}

	private static boolean verifies(String secret, LoggedRequest request) {
		return StandardWebhooksVerifier.verifies(secret, request.getHeader("webhook-id"),
				request.getHeader("webhook-timestamp"), request.getHeader("webhook-signature"),
				request.getBodyAsString(), Instant.now());
	}

	private static LoggedRequest onlyRequest() {
		List<LoggedRequest> requests = partner.findAll(postRequestedFor(urlEqualTo("/hooks/sentia")));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private JsonNode create(Map<String, Object> body, int expected) throws Exception {
		MvcResult result = perform(MockMvcRequestBuilders.post(WEBHOOKS)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body)), Role.MANAGER);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expected);
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return this.mvc.perform(request.header("Authorization", TestTokens.bearer(TestTokens.user(this.tenant, role))))
			.andReturn();
	}

	private static Target target(JsonNode created) {
		return new Target(Channel.WEBHOOK, created.get("id").asString(), null);
	}

	private static Message alert(String tenant, String data) {
		return new Message(UUID.randomUUID(), tenant, "alert.raised", "stockout_risk", "critical", Message.Stage.RAISED,
				"Stock-out risk: WHISKY-12", Map.of(), URI.create("https://app.sentia.test/a/1"), null, data,
				Instant.parse("2026-12-07T09:30:00Z"));
	}

}
