package io.sentia.integrations.shopify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.connector.WebhookInbox;
import io.sentia.servicekit.errors.ProblemExceptionHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static io.sentia.integrations.shopify.ShopifyFixtures.CONNECTION;
import static io.sentia.integrations.shopify.ShopifyFixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ShopifyWebhookControllerTests {

	static final String SECRET = "hush-app-client-secret";

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final RecordingInbox inbox = new RecordingInbox();

	private final InMemoryCredentialVault vault = new InMemoryCredentialVault();

	private final List<ConnectionSpec> connections = new ArrayList<>(List.of(CONNECTION));

	private MockMvc mvc;

	private final byte[] body = ShopifyFixtures.restOrder().getBytes(StandardCharsets.UTF_8);

	@BeforeEach
	void setUp() {
		this.vault.store(CONNECTION_ID, new Secrets(Map.of("accessToken", "shpat_x", "apiSecret", SECRET)));
		ConnectionDirectory directory = new ConnectionDirectory() {

			@Override
			public Optional<ConnectionSpec> find(UUID connectionId) {
				return ShopifyWebhookControllerTests.this.connections.stream()
					.filter((c) -> c.id().equals(connectionId))
					.findFirst();
			}

			@Override
			public List<ConnectionSpec> active() {
				return ShopifyWebhookControllerTests.this.connections;
			}

			@Override
			public List<ConnectionSpec> findByAccount(Provider provider, String account) {
				return ShopifyWebhookControllerTests.this.connections.stream()
					.filter((c) -> c.provider() == provider && c.account().equals(account))
					.toList();
			}

			@Override
			public void updateAccount(UUID connectionId, String account) {
				throw new UnsupportedOperationException();
			}

		};
		ShopifyWebhookController controller = new ShopifyWebhookController(directory, this.vault, this.inbox,
				ShopifyProperties.defaults("http://unused/{shop}"), Clock.fixed(NOW, ZoneOffset.UTC));
		this.mvc = MockMvcBuilders.standaloneSetup(controller)
			.setControllerAdvice(new ProblemExceptionHandler(null))
			.build();
	}

	@Test
	void queuesAValidDeliveryWithItsRawBodyAndTopic() throws Exception {
		this.mvc.perform(webhook(this.body, ShopifyWebhookSignature.sign(this.body, SECRET)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.queued").value(1));

		assertThat(this.inbox.queued).singleElement().satisfies((delivery) -> {
			assertThat(delivery.body()).isEqualTo(this.body);
			assertThat(delivery.topic()).isEqualTo("orders/create");
			assertThat(delivery.tenantId()).isEqualTo(ShopifyFixtures.TENANT);
			assertThat(delivery.connectionId()).isEqualTo(CONNECTION_ID);
			assertThat(delivery.deliveryId()).isEqualTo("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043:" + CONNECTION_ID);
		});
	}

	@Test
	void answersAReplayedDeliveryWithoutQueueingItAgain() throws Exception {
		String signature = ShopifyWebhookSignature.sign(this.body, SECRET);
		this.mvc.perform(webhook(this.body, signature)).andExpect(status().isOk());

		this.mvc.perform(webhook(this.body, signature))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.queued").value(0));

		assertThat(this.inbox.queued).hasSize(1);
	}

	@Test
	void refusesABodyChangedByOneByte() throws Exception {
		String signature = ShopifyWebhookSignature.sign(this.body, SECRET);
		byte[] tampered = this.body.clone();
		int digit = new String(tampered, StandardCharsets.UTF_8).indexOf("199.65");
		tampered[digit] = '9';

		this.mvc.perform(webhook(tampered, signature))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("signature does not verify")));

		assertThat(this.inbox.queued).isEmpty();
	}

	@Test
	void refusesASignatureMadeWithAnotherKey() throws Exception {
		this.mvc.perform(webhook(this.body, ShopifyWebhookSignature.sign(this.body, "another-apps-secret")))
			.andExpect(status().isUnauthorized());

		assertThat(this.inbox.queued).isEmpty();
	}

	@Test
	void refusesAHexInsteadOfBase64Signature() throws Exception {
		String base64 = ShopifyWebhookSignature.sign(this.body, SECRET);
		String hex = java.util.HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(base64));

		this.mvc.perform(webhook(this.body, hex)).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAShopNoTenantConnected() throws Exception {
		this.mvc
			.perform(webhook(this.body, ShopifyWebhookSignature.sign(this.body, SECRET), "stranger.myshopify.com",
					"2026-11-22T09:59:58Z"))
			.andExpect(status().isUnauthorized());

		assertThat(this.inbox.queued).isEmpty();
	}

	@Test
	void refusesADeliveryTriggeredBeyondShopifysRetryWindow() throws Exception {
		this.mvc
			.perform(webhook(this.body, ShopifyWebhookSignature.sign(this.body, SECRET), "jsmith.myshopify.com",
					"2026-11-22T04:59:59Z"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PT5H")));

		assertThat(this.inbox.queued).isEmpty();
	}

	@Test
	void acceptsARetryFourHoursAfterTheEvent() throws Exception {
		this.mvc
			.perform(webhook(this.body, ShopifyWebhookSignature.sign(this.body, SECRET), "jsmith.myshopify.com",
					"2026-11-22T00:00:01-05:00"))
			.andExpect(status().isOk());
	}

	@Test
	void asksForAMissingTopicHeader() throws Exception {
		this.mvc
			.perform(post("/webhooks/shopify").contentType(MediaType.APPLICATION_JSON)
				.content(this.body)
				.header("X-Shopify-Hmac-Sha256", ShopifyWebhookSignature.sign(this.body, SECRET))
				.header("X-Shopify-Shop-Domain", "jsmith.myshopify.com")
				.header("X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043")
				.header("X-Shopify-Triggered-At", "2026-11-22T09:59:58Z"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://sentia.io/problems/invalid-parameter"))
			.andExpect(jsonPath("$.errors[0].field").value("X-Shopify-Topic"))
			.andExpect(jsonPath("$.errors[0].message").value("is required"));
	}

	@Test
	void acceptsTheLowerCaseHeadersOfEventDeliveries() throws Exception {
		this.mvc
			.perform(post("/webhooks/shopify").contentType(MediaType.APPLICATION_JSON)
				.content(this.body)
				.header("shopify-hmac-sha256", ShopifyWebhookSignature.sign(this.body, SECRET))
				.header("shopify-shop-domain", "jsmith.myshopify.com")
				.header("shopify-topic", "orders/updated")
				.header("shopify-webhook-id", "e7a4a8d2-0000-4000-8000-000000000001")
				.header("shopify-triggered-at", "2026-11-22T09:59:58Z"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.queued").value(1));
	}

	static MockHttpServletRequestBuilder webhook(byte[] body, String signature) {
		return webhook(body, signature, "jsmith.myshopify.com", "2026-11-22T09:59:58.123456789Z");
	}

	static MockHttpServletRequestBuilder webhook(byte[] body, String signature, String shop, String triggeredAt) {
		return post("/webhooks/shopify").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("X-Shopify-Hmac-Sha256", signature)
			.header("X-Shopify-Shop-Domain", shop)
			.header("X-Shopify-Topic", "orders/create")
			.header("X-Shopify-API-Version", "2026-07")
			.header("X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043")
			.header("X-Shopify-Event-Id", "98880550-7158-44d4-b7cd-2c97c8a091b5")
			.header("X-Shopify-Triggered-At", triggeredAt);
	}

	/** Queues each (provider, delivery id) once, as the real inbox does. */
	static final class RecordingInbox implements WebhookInbox {

		final List<WebhookDelivery> queued = new ArrayList<>();

		private final Set<String> seen = new HashSet<>();

		@Override
		public boolean enqueue(WebhookDelivery delivery) {
			if (!this.seen.add(delivery.provider() + "|" + delivery.deliveryId())) {
				return false;
			}
			this.queued.add(delivery);
			return true;
		}

	}

}
