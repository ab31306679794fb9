package io.sentia.integrations.shopify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.sync.RunKind;
import io.sentia.integrations.sync.SyncEngine;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Measures a simulated 100k-order Shopify backfill through the whole sync engine: the
 * real connector against a WireMock Shopify that generates order pages, cut into backfill
 * windows, every page ingested (mapped, validated, hashed, stored) and published through
 * the outbox into PostgreSQL. Not part of the normal build:
 * {@code bench/integrations/sync-backfill.sh} runs it with {@code -Dsentia.measure=true}.
 * It asserts every order was published exactly once (never how long it took).
 */
@EnabledIfSystemProperty(named = "sentia.measure", matches = "true")
@SpringBootTest(properties = { "sentia.integrations.sync.scheduled=false" })
class ShopifySyncMeasurementTests extends InfrastructureTests {

	private static final int ORDERS = Integer.getInteger("sentia.measure.orders", 100_000);

	private static final String TENANT = "5a0f1f00-0000-4000-8000-0000000000b1";

	private static final WireMockServer shopify = new WireMockServer(options().dynamicPort()
		.bindAddress("127.0.0.1")
		.extensions(new ShopifyBackfillMeasurementTests.GeneratedOrders()));

	@Autowired
	private SyncEngine engine;

	@Autowired
	private ConnectionDirectory connections;

	@Autowired
	private CredentialVault vault;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void simulator(DynamicPropertyRegistry registry) {
		if (!shopify.isRunning()) {
			shopify.start();
			shopify.stubFor(post(urlEqualTo(ShopifyConnectorTests.GRAPHQL))
				.willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withTransformers(ShopifyBackfillMeasurementTests.GeneratedOrders.NAME)));
		}
		registry.add("sentia.integrations.shopify.base-url-template",
				() -> "http://127.0.0.1:" + shopify.port() + "/{shop}/admin/api/{version}");
	}

	@AfterAll
	static void stop() {
		shopify.stop();
	}

	@Test
	void backfillsAndPublishesEveryOrderOnce() throws IOException {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name)"
					+ " VALUES (?, ?, 'shopify', ?, 'US', 'Bench US')")
			.params(id, TENANT, ShopifyFixtures.SHOP)
			.update();
		this.vault.store(id, new Secrets(Map.of("accessToken", "shpat_bench", "apiSecret", "s")));
		ConnectionSpec connection = this.connections.find(id).orElseThrow();
		Instant first = Instant.parse("2025-01-01T00:00:00Z");
		Instant last = first.plus(Duration.ofMinutes(ORDERS));

		List<UUID> runs = this.engine.request(connection, "orders", RunKind.BACKFILL, first);
		await().atMost(Duration.ofHours(1))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> this.jdbc.sql("SELECT finished_at IS NOT NULL FROM sync_run WHERE id = ?")
				.param(runs.getFirst())
				.query(Boolean.class)
				.single());

		Map<String, Object> run = this.jdbc.sql("""
				SELECT status, records_read, records_changed, records_rejected,
				       extract(epoch FROM (finished_at - started_at)) AS seconds FROM sync_run WHERE id = ?
				""").param(runs.getFirst()).query().singleRow();
		long published = this.jdbc.sql(
				"SELECT count(DISTINCT event_key) FROM outbox_event WHERE tenant_id = ? AND topic = 'commerce.orders.v1'")
			.param(TENANT)
			.query(Long.class)
			.single();
		assertThat(run.get("status")).isEqualTo("succeeded");
		assertThat(published).isEqualTo(ORDERS);
		double seconds = ((Number) run.get("seconds")).doubleValue();
		String line = String.format(Locale.ROOT,
				"%s orders=%d read=%s published=%d total_s=%.1f records_per_s=%.0f span=%s..%s cores=%d load_avg=%s%n",
				Instant.now(), ORDERS, run.get("records_read"), published, seconds, ORDERS / seconds, first, last,
				Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip());
		System.out.print("shopify sync backfill: " + line);
		Path report = Path.of(System.getProperty("sentia.measure.report", "target/shopify-sync-backfill.txt"));
		Files.writeString(report, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

}
