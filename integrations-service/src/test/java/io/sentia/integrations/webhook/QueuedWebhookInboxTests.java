package io.sentia.integrations.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.integrations.IntegrationsWebTest;
import io.sentia.integrations.connection.SimulatedProviders.SimulatedWebhookHandler;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.connector.WebhookInbox;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A verified delivery is queued once, handled after its transaction commits, retried with
 * back-off when its handler fails and marked failed when attempts run out; a delivery a
 * crash left queued is found by the sweep; operators see them all.
 */
@IntegrationsWebTest
class QueuedWebhookInboxTests extends InfrastructureTests {

	private static final String TENANT = "f0f0f0f0-0000-4000-8000-0000000000f1";

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	private WebhookInbox inbox;

	@Autowired
	private SimulatedWebhookHandler handler;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private WebhookDispatcher dispatcher;

	@Autowired
	private JsonMapper json;

	private UUID connection;

	@BeforeEach
	void connection() {
		this.connection = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO connection (id, tenant_id, provider, account, display_name) VALUES (?, ?, ?, ?, ?)")
			.params(this.connection, TENANT, "unleashed", this.connection.toString(), "webhook test")
			.update();
	}

	@Test
	void queuesADeliveryOnceAndHandlesItAfterItsTransactionCommits() {
		WebhookDelivery delivery = delivery("orders/create");

		assertThat(this.inbox.enqueue(delivery)).isTrue();
		assertThat(this.inbox.enqueue(delivery)).as("a replay").isFalse();

		await().atMost(PATIENCE).until(() -> "done".equals(status(delivery)));
		assertThat(this.handler.handled()).containsOnlyOnce(delivery.deliveryId());
		assertThat(this.jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE delivery_id = ?")
			.param(delivery.deliveryId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.meters.get(WebhookDispatcher.PROCESSED)
			.tags("provider", "unleashed", "outcome", "done")
			.timer()
			.count()).isPositive();
	}

	@Test
	void theSameBodyUnderAFreshDeliveryIdAndTopicIsAReplayForItsConnectionOnly() {
		WebhookDelivery delivery = delivery("orders/create");
		WebhookDelivery freshId = new WebhookDelivery(delivery.provider(), "delivery-" + UUID.randomUUID(),
				delivery.connectionId(), TENANT, "orders/updated", delivery.body(), Instant.now());
		UUID otherConnection = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO connection (id, tenant_id, provider, account, display_name) VALUES (?, ?, ?, ?, ?)")
			.params(otherConnection, TENANT, "unleashed", otherConnection.toString(), "webhook test (other)")
			.update();
		WebhookDelivery otherConnections = new WebhookDelivery(delivery.provider(), "delivery-" + UUID.randomUUID(),
				otherConnection, TENANT, "orders/create", delivery.body(), Instant.now());

		assertThat(this.inbox.enqueue(delivery)).isTrue();
		assertThat(this.inbox.enqueue(freshId)).as("the same signed body again").isFalse();
		assertThat(this.inbox.enqueue(otherConnections)).as("another connection's copy").isTrue();

		await().atMost(PATIENCE).until(() -> "done".equals(status(delivery)));
		assertThat(status(freshId)).isNull();
		assertThat(this.handler.handled()).doesNotContain(freshId.deliveryId());
	}

	@Test
	void handlesDeliveriesAgainAfterItsDispatcherStoppedAndStarted() {
		// What the test framework's context pausing does to a cached context, and a
		// restart of the lifecycle does to the service.
		this.dispatcher.stop();
		this.dispatcher.start();
		WebhookDelivery delivery = delivery("orders/create");

		assertThat(this.inbox.enqueue(delivery)).isTrue();

		await().atMost(PATIENCE).until(() -> "done".equals(status(delivery)));
		assertThat(this.handler.handled()).containsOnlyOnce(delivery.deliveryId());
	}

	@Test
	void handlesDeliveriesOnTheMeteredWebhookWorkers() {
		double before = this.meters.get("executor.completed").tag("name", "webhookWorkers").functionCounter().count();
		WebhookDelivery delivery = delivery("orders/create");

		assertThat(this.inbox.enqueue(delivery)).isTrue();

		await().atMost(PATIENCE).until(() -> "done".equals(status(delivery)));
		assertThat(this.meters.get("executor.pool.max").tag("name", "webhookWorkers").gauge().value()).isEqualTo(2);
		await().atMost(PATIENCE)
			.until(() -> this.meters.get("executor.completed")
				.tag("name", "webhookWorkers")
				.functionCounter()
				.count() > before);
	}

	@Test
	void aRolledBackRequestQueuesNothing() {
		WebhookDelivery delivery = delivery("orders/create");

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			assertThat(this.inbox.enqueue(delivery)).isTrue();
			status.setRollbackOnly();
		});

		assertThat(status(delivery)).isNull();
		assertThat(this.inbox.enqueue(delivery)).as("not a replay: nothing was kept").isTrue();
	}

	@Test
	void retriesAFailingHandlerWithBackOffAndKeepsTheError() {
		WebhookDelivery delivery = delivery("fail/once");

		this.inbox.enqueue(delivery);

		await().atMost(PATIENCE).until(() -> "done".equals(status(delivery)));
		assertThat(this.handler.attempts(delivery.deliveryId())).isEqualTo(2);
		assertThat(this.handler.handled()).containsOnlyOnce(delivery.deliveryId());
	}

	@Test
	void marksADeliveryFailedWhenItsAttemptsRunOutAndShowsOperatorsWhy() throws Exception {
		WebhookDelivery delivery = delivery("fail/always");

		this.inbox.enqueue(delivery);

		await().atMost(PATIENCE).until(() -> "failed".equals(status(delivery)));
		assertThat(this.handler.attempts(delivery.deliveryId())).isEqualTo(3);
		String answer = this.mvc
			.perform(MockMvcRequestBuilders.get("/api/integrations/v1/webhooks/deliveries?status=failed")
				.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.user(TENANT, Role.OPERATOR))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode listed = this.json.readTree(answer);
		assertThat(listed.isArray()).as(answer).isTrue();
		JsonNode failed = null;
		for (JsonNode node : listed) {
			assertThat(node.get("status").asString()).isEqualTo("failed");
			if (node.get("deliveryId").asString().equals(delivery.deliveryId())) {
				failed = node;
			}
		}
		assertThat(failed).as(answer).isNotNull();
		assertThat(failed.get("attempts").asInt()).isEqualTo(3);
		assertThat(failed.get("lastError").asString()).contains("simulated handler failure 3");
		assertThat(answer).doesNotContain("\"body\"");
		await().atMost(PATIENCE)
			.until(() -> this.meters.get(WebhookDispatcher.BACKLOG).tag("status", "failed").gauge().value() >= 1);
	}

	@Test
	void theSweepHandlesADeliveryACrashLeftQueued() {
		String deliveryId = "left-behind-" + UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO webhook_delivery (id, provider, delivery_id, connection_id, tenant_id, topic, body, received_at,
					                              attempts, next_attempt_at)
					VALUES (?, 'unleashed', ?, ?, ?, 'orders/create', ?, now(), 1, now())
					""")
			.params(UUID.randomUUID(), deliveryId, this.connection, TENANT, "{}".getBytes(StandardCharsets.UTF_8))
			.update();

		await().atMost(PATIENCE).until(() -> this.handler.handled().contains(deliveryId));
		assertThat(this.jdbc.sql("SELECT status FROM webhook_delivery WHERE delivery_id = ?")
			.param(deliveryId)
			.query(String.class)
			.single()).isEqualTo("done");
	}

	@Test
	void rejectsAnUnknownStatusFilterNamingTheStatuses() throws Exception {
		var response = this.mvc
			.perform(MockMvcRequestBuilders.get("/api/integrations/v1/webhooks/deliveries?status=lost")
				.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.user(TENANT, Role.OPERATOR))))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("queued").contains("failed");
	}

	private WebhookDelivery delivery(String topic) {
		return new WebhookDelivery(Provider.UNLEASHED, "delivery-" + UUID.randomUUID(), this.connection, TENANT, topic,
				("{\"id\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8), Instant.now());
	}

	private String status(WebhookDelivery delivery) {
		return this.jdbc.sql("SELECT status FROM webhook_delivery WHERE provider = 'unleashed' AND delivery_id = ?")
			.param(delivery.deliveryId())
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
