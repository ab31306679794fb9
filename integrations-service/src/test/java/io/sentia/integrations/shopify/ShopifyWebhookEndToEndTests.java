package io.sentia.integrations.shopify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.IntegrationsWebTest;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.Secrets;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
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
 * after the answer and its order mapped exactly once. The ingestor here records what it
 * is given; publishing through the outbox is the ingestion package's part.
 */
@IntegrationsWebTest
@Import(ShopifyWebhookEndToEndTests.Recording.class)
class ShopifyWebhookEndToEndTests extends InfrastructureTests {

	private static final UUID CONNECTION = UUID.fromString("5a0f1f00-0000-4000-8000-000000000001");

	private static final String SECRET = "end-to-end-app-secret";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CredentialVault vault;

	@Autowired
	private RecordingIngestor ingestor;

	private final byte[] body = ShopifyFixtures.restOrder().getBytes(StandardCharsets.UTF_8);

	@BeforeEach
	void connectTheShop() {
		int inserted = this.jdbc
			.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name)"
					+ " VALUES (?, ?, 'shopify', 'jsmith.myshopify.com', 'US', 'John Smith US')"
					+ " ON CONFLICT (id) DO NOTHING")
			.params(CONNECTION, ShopifyFixtures.TENANT)
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
		List<OrderUpserted> orders = this.ingestor.events.stream()
			.filter(OrderUpserted.class::isInstance)
			.map(OrderUpserted.class::cast)
			.toList();
		assertThat(orders).singleElement().satisfies((order) -> {
			assertThat(order.entityId()).isEqualTo("shopify:jsmith.myshopify.com:450789469");
			assertThat(order.tenantId()).isEqualTo(ShopifyFixtures.TENANT);
			assertThat(order.status()).isEqualTo("partially_refunded");
			assertThat(order.total().amount()).isEqualByComparingTo("199.65");
		});
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

	@TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		@Bean
		@Primary
		RecordingIngestor recordingIngestor() {
			return new RecordingIngestor();
		}

	}

	/** Maps what it is given and keeps the events. */
	static class RecordingIngestor implements RecordIngestor {

		final List<SentiaEvent> events = new CopyOnWriteArrayList<>();

		@Override
		public IngestResult ingest(IngestSource source, String stream, RecordMapper mapper, List<RawRecord> records) {
			for (RawRecord record : records) {
				this.events.addAll(mapper.map(record, FixedMappingContext.of(source)));
			}
			return new IngestResult(records.size(), records.size(), 0, List.of());
		}

	}

}
