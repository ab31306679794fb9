package io.sentia.integrations.shopify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.sync.ProviderSyncTests;
import io.sentia.integrations.sync.RunKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Shopify store synced through the running service: the real connector against a
 * WireMock Admin API serving the GraphQL fixtures, both order pages in the outbox, the
 * cursor at Shopify's newest {@code updatedAt}, and metrics that know the store only by
 * its connection id.
 */
@SpringBootTest(properties = { "sentia.integrations.sync.scheduled=false" })
class ShopifySyncEndToEndTests extends ProviderSyncTests {

	private static final String TENANT = "5a0f1f00-0000-4000-8000-0000000000c3";

	private static final WireMockServer shopify = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	@DynamicPropertySource
	static void simulator(DynamicPropertyRegistry registry) {
		if (!shopify.isRunning()) {
			shopify.start();
			String firstPage = ShopifyFixtures.text("graphql/orders.page-1.json");
			String cursor = ShopifyFixtures.json("graphql/orders.page-1.json")
				.path("data")
				.path("orders")
				.path("pageInfo")
				.path("endCursor")
				.asString();
			shopify.stubFor(orders().atPriority(5).willReturn(json(firstPage)));
			shopify.stubFor(orders().atPriority(1)
				.withRequestBody(matchingJsonPath("$.variables.after", equalTo(cursor)))
				.willReturn(json(ShopifyFixtures.text("graphql/orders.page-2.json"))));
		}
		registry.add("sentia.integrations.shopify.base-url-template",
				() -> "http://127.0.0.1:" + shopify.port() + "/{shop}/admin/api/{version}");
	}

	@AfterAll
	static void stop() {
		shopify.stop();
	}

	@Test
	void syncsOrdersToTheOutboxAndMetersTheStoreByConnectionId() throws Exception {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name, settings)"
					+ " VALUES (?, ?, 'shopify', ?, 'US', 'John Smith US', '{\"syncStart\":\"2008-01-01\"}'::jsonb)")
			.params(id, TENANT, ShopifyFixtures.SHOP)
			.update();
		this.vault.store(id, new Secrets(Map.of("accessToken", "shpat_e2e", "apiSecret", "app-secret")));
		ConnectionSpec connection = this.connections.find(id).orElseThrow();

		List<UUID> runs = this.engine.request(connection, "orders", RunKind.INCREMENTAL, null);
		awaitFinished(runs);

		assertThat(this.jdbc.sql("SELECT status || ' ' || coalesce(error_message, '') FROM sync_run WHERE id = ?")
			.param(runs.getFirst())
			.query(String.class)
			.single()
			.strip()).isEqualTo("succeeded");
		assertThat(payloads(TENANT, "commerce.orders.v1")).hasSize(2)
			.allSatisfy((payload) -> assertThat(payload).contains("\"store\":\"" + ShopifyFixtures.SHOP + "\""));
		assertThat(highWater(id, "orders")).isEqualTo(Instant.parse("2008-01-12T08:30:00Z"));
		assertMetricsNameConnectionByIdOnly(id, ShopifyFixtures.SHOP, "jsmith");
	}

	private static MappingBuilder orders() {
		return post(urlEqualTo(ShopifyConnectorTests.GRAPHQL))
			.withRequestBody(matchingJsonPath("$.query", containing("query Orders")));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

}
