package io.sentia.integrations.shopify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.OrderUpserted;
import io.sentia.integrations.IntegrationsWebTest;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Secrets;
import io.sentia.testkit.InfrastructureTests;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole path of a Shopify webhook in the running service: no token needed, the
 * signature checked over the raw bytes, the delivery persisted in the inbox, handled
 * after the answer, its order published exactly once through the outbox and acknowledged
 * by Kafka.
 */
@IntegrationsWebTest
class ShopifyWebhookEndToEndTests extends InfrastructureTests {

	private static final UUID CONNECTION = UUID.fromString("5a0f1f00-0000-4000-8000-000000000001");

	private static final String SECRET = "end-to-end-app-secret";

	/**
	 * Its own tenant, so the demo tenant's event stream stays exactly the demo dataset.
	 */
	private static final String TENANT = "5a0f1f00-0000-4000-8000-0000000000e2";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CredentialVault vault;

	@Autowired
	private JsonMapper json;

	private final byte[] body = ShopifyFixtures.restOrder().getBytes(StandardCharsets.UTF_8);

	@BeforeEach
	void connectTheShop() {
		int inserted = this.jdbc
			.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name)"
					+ " VALUES (?, ?, 'shopify', 'jsmith.myshopify.com', 'US', 'John Smith US')"
					+ " ON CONFLICT (id) DO NOTHING")
			.params(CONNECTION, TENANT)
			.update();
		if (inserted == 1) {
			this.vault.store(CONNECTION, new Secrets(Map.of("accessToken", "shpat_e2e", "apiSecret", SECRET)));
		}
	}

	@Test
	void aValidWebhookProducesTheOrderEventOnceAndForgeriesOrReplaysNothing() throws Exception {
		String webhookId = UUID.randomUUID().toString();
		String signature = ShopifyWebhookSignature.sign(this.body, SECRET);
		byte[] tampered = this.body.clone();
		tampered[tampered.length - 3] ^= 1;

		this.mvc.perform(webhook(this.body, signature, webhookId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.queued").value(1));
		this.mvc.perform(webhook(this.body, signature, webhookId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.queued").value(0));
		this.mvc.perform(webhook(tampered, signature, UUID.randomUUID().toString()))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(webhook(this.body, ShopifyWebhookSignature.sign(this.body, "not-the-app-secret"),
					UUID.randomUUID().toString()))
			.andExpect(status().isUnauthorized());

		await().atMost(Duration.ofSeconds(20)).until(() -> "done".equals(deliveryStatus(webhookId)));
		assertThat(this.jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE provider = 'shopify'")
			.query(Long.class)
			.single()).isEqualTo(1);
		String key = TENANT + ":shopify:jsmith.myshopify.com:450789469";
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM outbox_event WHERE event_key = ? AND published_at IS NOT NULL")
				.param(key)
				.query(Long.class)
				.single() == 1);
		OrderUpserted order = this.json.readValue(
				this.jdbc.sql("SELECT payload FROM outbox_event WHERE event_key = ? AND topic = 'commerce.orders.v1'")
					.param(key)
					.query(String.class)
					.single(),
				OrderUpserted.class);
		assertThat(order.tenantId()).isEqualTo(TENANT);
		assertThat(order.status()).isEqualTo("partially_refunded");
		assertThat(order.total().amount()).isEqualByComparingTo("199.65");
		// Reported, not asserted: how long from the delivery's arrival to Kafka's
		// acknowledgement.
		System.out.println("Shopify webhook received -> order event acknowledged by Kafka: " + this.jdbc
			.sql("""
					SELECT round(extract(epoch FROM (o.published_at - d.received_at)) * 1000) FROM outbox_event o, webhook_delivery d
					WHERE o.event_key = ? AND d.delivery_id = ?
					""")
			.params(key, webhookId + ":" + CONNECTION)
			.query(Long.class)
			.single() + " ms");
	}

	@Test
	void aCapturedBodyReplayedWithAFreshWebhookIdIsAnsweredOkAndDoesNothing() throws Exception {
		ObjectNode order = (ObjectNode) this.json.readTree(this.body);
		order.put("note", "replay-" + UUID.randomUUID());
		byte[] captured = this.json.writeValueAsBytes(order);
		String signature = ShopifyWebhookSignature.sign(captured, SECRET);
		String original = UUID.randomUUID().toString();
		this.mvc.perform(webhook(captured, signature, original))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.queued").value(1));
		await().atMost(Duration.ofSeconds(20)).until(() -> "done".equals(deliveryStatus(original)));
		long deliveries = deliveries();
		long events = this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant_id = ?")
			.param(TENANT)
			.query(Long.class)
			.single();

		String replayed = UUID.randomUUID().toString();
		this.mvc.perform(webhook(captured, signature, replayed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.queued").value(0));

		assertThat(deliveryStatus(replayed)).as("nothing queued for the fresh id").isNull();
		assertThat(deliveries()).isEqualTo(deliveries);
		assertThat(this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant_id = ?")
			.param(TENANT)
			.query(Long.class)
			.single()).isEqualTo(events);
	}

	private long deliveries() {
		return this.jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE connection_id = ?")
			.param(CONNECTION)
			.query(Long.class)
			.single();
	}

	private String deliveryStatus(String webhookId) {
		return this.jdbc.sql("SELECT status FROM webhook_delivery WHERE provider = 'shopify' AND delivery_id = ?")
			.param(webhookId + ":" + CONNECTION)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static MockHttpServletRequestBuilder webhook(byte[] body, String signature, String webhookId) {
		return post("/webhooks/shopify").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("X-Shopify-Hmac-Sha256", signature)
			.header("X-Shopify-Shop-Domain", "jsmith.myshopify.com")
			.header("X-Shopify-Topic", "orders/create")
			.header("X-Shopify-Webhook-Id", webhookId)
			.header("X-Shopify-Triggered-At", Instant.now().toString());
	}

}
