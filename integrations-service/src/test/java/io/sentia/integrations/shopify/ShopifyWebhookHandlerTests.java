package io.sentia.integrations.shopify;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.IngestResult;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordIngestor;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.http.RateLimitedProviderHttp;
import io.sentia.integrations.http.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.sentia.integrations.shopify.ShopifyConnectorTests.GRAPHQL;
import static io.sentia.integrations.shopify.ShopifyFixtures.CONNECTION;
import static io.sentia.integrations.shopify.ShopifyFixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ShopifyWebhookHandlerTests {

	private final WireMockServer shopify = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<String> streams = new ArrayList<>();

	private final List<SentiaEvent> events = new ArrayList<>();

	private ShopifyWebhookHandler handler;

	private ShopifyConnector connector;

	@BeforeEach
	void start() {
		this.shopify.start();
		InMemoryCredentialVault vault = new InMemoryCredentialVault();
		vault.store(CONNECTION_ID, new Secrets(Map.of("accessToken", "shpat_h", "apiSecret", "s")));
		ShopifyProperties properties = ShopifyProperties
			.defaults("http://127.0.0.1:" + this.shopify.port() + "/{shop}/admin/api/{version}");
		this.connector = new ShopifyConnector(new ShopifyAdminApi(new RateLimitedProviderHttp(
				HttpClient.newHttpClient(), new RetrySettings(2, 2, Duration.ofMillis(10), Duration.ofSeconds(5)),
				Clock.systemUTC(), (d) -> {
				}), vault, properties, Clock.systemUTC()), properties);
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("ingestor", new RecordIngestor() {

			@Override
			public IngestResult ingest(IngestSource source, String stream, RecordMapper mapper,
					List<RawRecord> records) {
				ShopifyWebhookHandlerTests.this.streams.add(stream);
				for (RawRecord record : records) {
					ShopifyWebhookHandlerTests.this.events.addAll(mapper.map(record, FixedMappingContext.of(source)));
				}
				return new IngestResult(records.size(), records.size(), 0, List.of());
			}

		});
		this.handler = new ShopifyWebhookHandler(directory(), this.connector,
				beans.getBeanProvider(RecordIngestor.class));
	}

	@AfterEach
	void stop() {
		this.shopify.stop();
	}

	@Test
	void mapsTheRestOrderOfAnOrderTopicWithoutCallingShopify() {
		this.handler.handle(delivery("orders/cancelled", ShopifyFixtures.restOrder()));

		assertThat(this.streams).containsExactly("orders");
		assertThat(this.events).singleElement()
			.isInstanceOfSatisfying(OrderUpserted.class, (order) -> assertThat(order.orderId()).isEqualTo("450789469"));
		assertThat(this.shopify.getAllServeEvents()).isEmpty();
	}

	@Test
	void refetchesTheOrderARefundBelongsTo() {
		this.shopify
			.stubFor(post(urlEqualTo(GRAPHQL)).withRequestBody(matchingJsonPath("$.query", containing("query Order(")))
				.withRequestBody(matchingJsonPath("$.variables.id", equalTo("gid://shopify/Order/450789469")))
				.willReturn(aResponse().withBody(ShopifyFixtures.text("graphql/order.by-id.json"))));
		String refund = "{\"id\":509562969,\"order_id\":450789469,\"created_at\":\"2025-04-02T11:29:59-05:00\"}";

		this.handler.handle(delivery("refunds/create", refund));

		assertThat(this.events).singleElement()
			.isInstanceOfSatisfying(OrderUpserted.class,
					(order) -> assertThat(order.status()).isEqualTo("partially_refunded"));
	}

	@Test
	void refetchesAnUpdatedProductWithItsVariants() {
		this.shopify.stubFor(
				post(urlEqualTo(GRAPHQL)).withRequestBody(matchingJsonPath("$.query", containing("query Product(")))
					.withRequestBody(matchingJsonPath("$.variables.id", equalTo("gid://shopify/Product/632910392")))
					.willReturn(aResponse().withBody(ShopifyFixtures.text("graphql/product.by-id.json"))));
		String product = ShopifyAdminApi.JSON
			.writeValueAsString(ShopifyFixtures.json("product.get-by-id.response.json").path("product"));

		this.handler.handle(delivery("products/update", product));

		assertThat(this.streams).containsExactly("products");
		assertThat(this.events).hasSize(4).allSatisfy((event) -> assertThat(event).isInstanceOf(ProductUpserted.class));
	}

	@Test
	void refetchesAnInventoryLevelNamedByItsItemAndLocation() {
		String level = ShopifyFixtures.text("graphql/location-655441491.levels.json");
		var node = ShopifyAdminApi.JSON.readTree(level)
			.path("data")
			.path("location")
			.path("inventoryLevels")
			.path("nodes")
			.get(0);
		String answer = "{\"data\":{\"location\":{\"id\":\"gid://shopify/Location/655441491\",\"legacyResourceId\":\"655441491\","
				+ "\"name\":\"Shop location\"},\"inventoryItem\":{\"inventoryLevel\":" + node + "}}}";
		this.shopify.stubFor(post(urlEqualTo(GRAPHQL))
			.withRequestBody(matchingJsonPath("$.query", containing("query ItemLevel")))
			.withRequestBody(matchingJsonPath("$.variables.item", equalTo("gid://shopify/InventoryItem/808950810")))
			.withRequestBody(matchingJsonPath("$.variables.location", equalTo("gid://shopify/Location/655441491")))
			.willReturn(aResponse().withBody(answer)));

		this.handler.handle(delivery("inventory_levels/update", ShopifyAdminApi.JSON
			.writeValueAsString(ShopifyFixtures.json("inventory_level.set.response.json").path("inventory_level"))));

		assertThat(this.events).singleElement().isInstanceOfSatisfying(InventoryLevelChanged.class, (changed) -> {
			assertThat(changed.location().locationId()).isEqualTo("shopify:655441491");
			assertThat(changed.sku()).isEqualTo("IPOD2008PINK");
		});
	}

	@Test
	void ignoresATopicItDoesNotSubscribeTo() {
		this.handler.handle(delivery("customers/create", "{\"id\":1}"));

		assertThat(this.events).isEmpty();
	}

	@Test
	void leavesTheDeliveryQueuedWhenNoIngestorIsThere() {
		ShopifyWebhookHandler withoutIngestor = new ShopifyWebhookHandler(directory(), this.connector,
				new DefaultListableBeanFactory().getBeanProvider(RecordIngestor.class));

		assertThatIllegalStateException()
			.isThrownBy(() -> withoutIngestor.handle(delivery("orders/create", ShopifyFixtures.restOrder())));
	}

	private static WebhookDelivery delivery(String topic, String body) {
		return new WebhookDelivery(Provider.SHOPIFY, UUID.randomUUID() + ":" + CONNECTION_ID, CONNECTION_ID,
				ShopifyFixtures.TENANT, topic, body.getBytes(StandardCharsets.UTF_8), Instant.now());
	}

	private static ConnectionDirectory directory() {
		return new ConnectionDirectory() {

			@Override
			public Optional<ConnectionSpec> find(UUID connectionId) {
				return CONNECTION.id().equals(connectionId) ? Optional.of(CONNECTION) : Optional.empty();
			}

			@Override
			public List<ConnectionSpec> active() {
				return List.of(CONNECTION);
			}

			@Override
			public List<ConnectionSpec> findByAccount(Provider provider, String account) {
				return List.of(CONNECTION);
			}

			@Override
			public void updateAccount(UUID connectionId, String account) {
				throw new UnsupportedOperationException();
			}

		};
	}

}
