package io.sentia.integrations.shopify;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.Money;
import io.sentia.events.ProductUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordingPageSink;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.http.RateLimitedProviderHttp;
import io.sentia.integrations.http.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.sentia.integrations.shopify.ShopifyFixtures.CONNECTION;
import static io.sentia.integrations.shopify.ShopifyFixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ShopifyConnectorTests {

	static final String GRAPHQL = "/jsmith.myshopify.com/admin/api/2026-07/graphql.json";

	private static final String TOKEN = "shpat_f00dfacecafe";

	private static final Instant FROM = Instant.parse("2008-01-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2008-02-01T00:00:00Z");

	private final WireMockServer shopify = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<Duration> waits = new ArrayList<>();

	private final InMemoryCredentialVault vault = new InMemoryCredentialVault();

	private ShopifyConnector connector;

	private ShopifyAdminApi api;

	private ShopifyProperties properties;

	@BeforeEach
	void start() {
		this.shopify.start();
		this.vault.store(CONNECTION_ID, new Secrets(Map.of("accessToken", TOKEN, "apiSecret", "app-secret")));
		Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
		RateLimitedProviderHttp http = new RateLimitedProviderHttp(HttpClient.newHttpClient(),
				new RetrySettings(3, 3, Duration.ofMillis(100), Duration.ofSeconds(5)), clock, this.waits::add);
		this.properties = ShopifyProperties
			.defaults("http://127.0.0.1:" + this.shopify.port() + "/{shop}/admin/api/{version}");
		this.api = new ShopifyAdminApi(http, this.vault, this.properties, clock);
		this.connector = new ShopifyConnector(this.api, this.properties);
	}

	@AfterEach
	void stop() {
		this.shopify.stop();
	}

	@Test
	void checkSendsTheAccessTokenToTheVersionedGraphqlEndpoint() {
		stub(graphql("query Shop"), "graphql/shop.json");

		ConnectionCheck check = this.connector.check(CONNECTION);

		assertThat(check.ok()).isTrue();
		assertThat(check.details()).containsEntry("name", "John Smith Test Store").containsEntry("currency", "USD");
		this.shopify.verify(1,
				postRequestedFor(urlEqualTo(GRAPHQL)).withHeader("X-Shopify-Access-Token", equalTo(TOKEN))
					.withHeader("Content-Type", equalTo("application/json"))
					.withoutHeader("Authorization"));
	}

	@Test
	void checkReportsARefusedTokenWithoutThrowing() {
		this.shopify.stubFor(post(GRAPHQL).willReturn(aResponse().withStatus(401)
			.withBody(
					"{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}")));

		ConnectionCheck check = this.connector.check(CONNECTION);

		assertThat(check.ok()).isFalse();
		assertThat(check.providerStatus()).isEqualTo(401);
		assertThat(check.message()).doesNotContain(TOKEN);
	}

	@Test
	void readsEveryOrderPageFilteredToTheWindowByUpdateTime() {
		stub(graphql("query Orders").atPriority(5), "graphql/orders.page-1.json");
		stub(graphql("query Orders").atPriority(1)
			.withRequestBody(matchingJsonPath("$.variables.after", equalTo(endCursor("graphql/orders.page-1.json")))),
				"graphql/orders.page-2.json");
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("orders").read(new ReadRequest(CONNECTION, "orders", FROM, TO, null), sink);

		assertThat(sink.pages()).hasSize(2);
		assertThat(sink.records()).extracting(RawRecord::externalId).containsExactly("450789469", "1073459980");
		assertThat(sink.records()).extracting(RawRecord::updatedAt)
			.containsExactly(Instant.parse("2008-01-10T16:00:00Z"), Instant.parse("2008-01-12T08:30:00Z"));
		List<JsonNode> requests = bodies();
		assertThat(requests).hasSize(2).allSatisfy((body) -> {
			assertThat(body.path("variables").path("query").asString())
				.isEqualTo("updated_at:>='2008-01-01T00:00:00Z' AND updated_at:<'2008-02-01T00:00:00Z'");
			assertThat(body.path("query").asString()).contains("sortKey: UPDATED_AT").doesNotContain("status:");
		});
		assertThat(requests.get(0).path("variables").path("after").isNull()).isTrue();
	}

	@Test
	void readsEveryPageOfAGeneratedMultiPageRead() {
		int pages = 7;
		for (int page = 0; page < pages; page++) {
			MappingBuilder request = graphql("query Orders").atPriority((page == 0) ? 5 : 1);
			if (page > 0) {
				request = request.withRequestBody(matchingJsonPath("$.variables.after", equalTo("cursor-" + page)));
			}
			this.shopify.stubFor(request.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(generatedOrdersPage(page, 3, (page < pages - 1) ? "cursor-" + (page + 1) : null))));
		}
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("orders").read(new ReadRequest(CONNECTION, "orders", FROM, null, null), sink);

		assertThat(sink.pages()).hasSize(pages);
		assertThat(sink.records()).hasSize(21)
			.extracting(RawRecord::externalId)
			.doesNotHaveDuplicates()
			.startsWith("1000000", "1000001")
			.endsWith("1000020");
		assertThat(bodies()).allSatisfy((body) -> assertThat(body.path("variables").path("query").asString())
			.isEqualTo("updated_at:>='2008-01-01T00:00:00Z'"));
	}

	@Test
	void startsANewQueryFromTheLastUpdateTimeBeforeShopifysDeepPagingLimit() {
		ShopifyConnector reanchoring = new ShopifyConnector(this.api, this.properties, 6);
		this.shopify
			.stubFor(graphql("query Orders").atPriority(5).willReturn(json(generatedOrdersPage(0, 3, "cursor-1"))));
		this.shopify.stubFor(graphql("query Orders").atPriority(1)
			.withRequestBody(matchingJsonPath("$.variables.after", equalTo("cursor-1")))
			.willReturn(json(generatedOrdersPage(1, 3, "cursor-2"))));
		this.shopify.stubFor(graphql("query Orders").atPriority(1)
			.withRequestBody(matchingJsonPath("$.variables.query", equalTo("updated_at:>='2008-01-10T16:00:05Z'")))
			.willReturn(json(generatedOrdersPage(2, 3, null))));
		RecordingPageSink sink = new RecordingPageSink();

		reanchoring.reader("orders").read(new ReadRequest(CONNECTION, "orders", FROM, null, null), sink);

		assertThat(sink.records()).hasSize(9).extracting(RawRecord::externalId).doesNotHaveDuplicates();
		JsonNode third = bodies().get(2);
		assertThat(third.path("variables").path("after").isNull()).as("a fresh query, no cursor").isTrue();
		assertThat(third.path("variables").path("query").asString()).isEqualTo("updated_at:>='2008-01-10T16:00:05Z'");
	}

	@Test
	void nextReadStartsAtTheLastProviderTimestampMinusTheOverlap() {
		stub(graphql("query Orders").atPriority(5), "graphql/orders.page-1.json");
		stub(graphql("query Orders").atPriority(1)
			.withRequestBody(matchingJsonPath("$.variables.after", equalTo(endCursor("graphql/orders.page-1.json")))),
				"graphql/orders.page-2.json");
		RecordingPageSink first = new RecordingPageSink();
		this.connector.reader("orders").read(new ReadRequest(CONNECTION, "orders", FROM, null, null), first);
		Instant cursor = first.records().getLast().updatedAt();
		StreamDefinition orders = this.connector.streams().getFirst();
		this.shopify.resetRequests();

		this.connector.reader("orders")
			.read(new ReadRequest(CONNECTION, "orders", cursor.minus(orders.overlap()), null, null),
					new RecordingPageSink());

		assertThat(orders.overlap()).isEqualTo(Duration.ofMinutes(10));
		assertThat(bodies().getFirst().path("variables").path("query").asString())
			.isEqualTo("updated_at:>='2008-01-12T08:20:00Z'");
	}

	@Test
	void waitsUntilTheCostBucketHoldsTheNextQuery() {
		JsonNode page1 = ShopifyFixtures.json("graphql/orders.page-1.json");
		ObjectNode throttle = (ObjectNode) page1.path("extensions").path("cost").path("throttleStatus");
		throttle.put("currentlyAvailable", 10);
		this.shopify.stubFor(graphql("query Orders").atPriority(5).willReturn(json(page1.toString())));
		stub(graphql("query Orders").atPriority(1)
			.withRequestBody(matchingJsonPath("$.variables.after", equalTo(endCursor("graphql/orders.page-1.json")))),
				"graphql/orders.page-2.json");

		this.connector.reader("orders")
			.read(new ReadRequest(CONNECTION, "orders", FROM, null, null), new RecordingPageSink());

		// 962 points requested, 10 left, 50 restored per second: (962 - 10) / 50 s.
		assertThat(this.waits).containsExactly(Duration.ZERO, Duration.ofMillis(19_040));
	}

	@Test
	void retriesAThrottledQueryAfterTheBucketRefills() {
		String throttled = """
				{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED",
				"documentation":"https://shopify.dev/api/usage/rate-limits"}}],
				"extensions":{"cost":{"requestedQueryCost":302,"actualQueryCost":null,
				"throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":2,"restoreRate":50.0}}}}""";
		this.shopify.stubFor(graphql("query Orders").inScenario("throttle")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(throttled))
			.willSetStateTo("refilled"));
		this.shopify.stubFor(graphql("query Orders").inScenario("throttle")
			.whenScenarioStateIs("refilled")
			.willReturn(json(ShopifyFixtures.text("graphql/orders.page-2.json"))));
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("orders").read(new ReadRequest(CONNECTION, "orders", FROM, null, null), sink);

		assertThat(this.waits).containsExactly(Duration.ZERO, Duration.ofSeconds(6));
		assertThat(sink.records()).extracting(RawRecord::externalId).containsExactly("1073459980");
	}

	@Test
	void givesUpWhenShopifyStaysThrottled() {
		this.shopify.stubFor(graphql("query Orders").willReturn(json(
				"{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\"}}],\"extensions\":{}}")));

		assertThatExceptionOfType(ProviderCallException.class)
			.isThrownBy(() -> this.connector.reader("orders")
				.read(new ReadRequest(CONNECTION, "orders", FROM, null, null), new RecordingPageSink()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("rate_limited"));
		this.shopify.verify(6, postRequestedFor(urlEqualTo(GRAPHQL)));
	}

	@Test
	void honoursRetryAfterOnTooManyRequests() {
		this.shopify.stubFor(graphql("query Orders").inScenario("429")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2.0"))
			.willSetStateTo("ok"));
		this.shopify.stubFor(graphql("query Orders").inScenario("429")
			.whenScenarioStateIs("ok")
			.willReturn(json(ShopifyFixtures.text("graphql/orders.page-2.json"))));
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("orders").read(new ReadRequest(CONNECTION, "orders", FROM, null, null), sink);

		assertThat(this.waits).containsExactly(Duration.ZERO, Duration.ofSeconds(2), Duration.ZERO);
		assertThat(sink.records()).hasSize(1);
	}

	@Test
	void fetchesAnOrdersLineItemsBeyondTheFirstPage() {
		JsonNode page = ShopifyFixtures.json("graphql/orders.page-2.json");
		ObjectNode lineItems = (ObjectNode) page.path("data").path("orders").path("nodes").get(0).path("lineItems");
		((ObjectNode) lineItems.path("pageInfo")).put("hasNextPage", true).put("endCursor", "lines-1");
		this.shopify.stubFor(graphql("query Orders").willReturn(json(page.toString())));
		ObjectNode more = ShopifyAdminApi.JSON.createObjectNode();
		ObjectNode connection = more.putObject("data").putObject("order").putObject("lineItems");
		connection.putObject("pageInfo").put("hasNextPage", false).putNull("endCursor");
		ObjectNode extra = connection.putArray("nodes").addObject();
		extra.put("id", "gid://shopify/LineItem/1071823173").put("sku", "IPOD2008RED").put("quantity", 1);
		extra.put("currentQuantity", 1).putObject("variant").put("legacyResourceId", "49148385");
		extra.putObject("originalUnitPriceSet").putObject("shopMoney").put("amount", "9.90").put("currencyCode", "USD");
		extra.putArray("discountAllocations");
		this.shopify.stubFor(graphql("query OrderLineItems")
			.withRequestBody(matchingJsonPath("$.variables.id", equalTo("gid://shopify/Order/1073459980")))
			.withRequestBody(matchingJsonPath("$.variables.after", equalTo("lines-1")))
			.willReturn(json(more.toString())));
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("orders").read(new ReadRequest(CONNECTION, "orders", FROM, null, null), sink);

		SentiaEvent event = this.connector.mapper("orders")
			.map(sink.records().getFirst(), FixedMappingContext.of(CONNECTION.source()))
			.getFirst();
		assertThat(((io.sentia.events.OrderUpserted) event).lines()).extracting(io.sentia.events.OrderLine::sku)
			.containsExactly("IPOD2008PINK", "IPOD2008RED");
	}

	@Test
	void readsProductsAsOneEventPerVariantInTheShopCurrency() {
		stub(graphql("query Products"), "graphql/products.page-1.json");
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("products").read(new ReadRequest(CONNECTION, "products", FROM, null, null), sink);

		assertThat(sink.records()).extracting(RawRecord::externalId).containsExactly("632910392");
		List<SentiaEvent> events = this.connector.mapper("products")
			.map(sink.records().getFirst(), FixedMappingContext.of(CONNECTION.source()));
		assertThat(events).hasSize(4);
		ProductUpserted green = (ProductUpserted) events.get(2);
		assertThat(green)
			.isEqualTo(new ProductUpserted(ShopifyFixtures.TENANT, "IPOD2008GREEN", "IPod Nano - 8GB - Green", null,
					"shopify", new Money(new BigDecimal("120.00"), "USD"), new Money(new BigDecimal("199.00"), "USD"),
					null, 1, 1, null, List.of(), true, Instant.parse("2025-04-02T16:29:59Z")));
		assertThat(events).extracting((event) -> ((ProductUpserted) event).sku())
			.containsExactly("IPOD2008PINK", "IPOD2008RED", "IPOD2008GREEN", "IPOD2008BLACK");
	}

	@Test
	void readsInventoryLevelsOfEveryLocation() {
		stub(graphql("query Locations"), "graphql/locations.json");
		stub(graphql("query LocationLevels")
			.withRequestBody(matchingJsonPath("$.variables.id", equalTo("gid://shopify/Location/487838322"))),
				"graphql/location-487838322.levels.json");
		stub(graphql("query LocationLevels")
			.withRequestBody(matchingJsonPath("$.variables.id", equalTo("gid://shopify/Location/655441491"))),
				"graphql/location-655441491.levels.json");
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("inventory").read(new ReadRequest(CONNECTION, "inventory", FROM, null, null), sink);

		assertThat(sink.records()).extracting(RawRecord::externalId)
			.containsExactly("808950810@487838322", "39072856@487838322", "808950810@655441491", "39072856@655441491");
		InventoryLevelChanged pink = (InventoryLevelChanged) this.connector.mapper("inventory")
			.map(sink.records().getFirst(), FixedMappingContext.of(CONNECTION.source()))
			.getFirst();
		assertThat(pink).isEqualTo(new InventoryLevelChanged(ShopifyFixtures.TENANT, "IPOD2008PINK",
				new InventoryLevelChanged.Location("shopify:487838322", "Warehouse",
						InventoryLevelChanged.LocationType.WAREHOUSE),
				"shopify", 10, 9, 0, 1, Instant.parse("2025-04-02T16:29:59Z")));
	}

	private MappingBuilder graphql(String operation) {
		return post(urlEqualTo(GRAPHQL)).withRequestBody(matchingJsonPath("$.query", containing(operation)));
	}

	private void stub(MappingBuilder request, String fixture) {
		this.shopify.stubFor(request.willReturn(json(ShopifyFixtures.text(fixture))));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

	private static String endCursor(String fixture) {
		return ShopifyFixtures.json(fixture).path("data").path("orders").path("pageInfo").path("endCursor").asString();
	}

	private List<JsonNode> bodies() {
		return this.shopify.findAll(postRequestedFor(urlEqualTo(GRAPHQL)))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.map(ShopifyAdminApi.JSON::readTree)
			.toList();
	}

	/**
	 * A page of orders made from the official order with new ids and later update times.
	 */
	static String generatedOrdersPage(int page, int size, String nextCursor) {
		JsonNode template = ShopifyFixtures.json("graphql/orders.page-1.json")
			.path("data")
			.path("orders")
			.path("nodes")
			.get(0);
		ObjectNode answer = ShopifyAdminApi.JSON.createObjectNode();
		ObjectNode orders = answer.putObject("data").putObject("orders");
		orders.putObject("pageInfo").put("hasNextPage", nextCursor != null).put("endCursor", nextCursor);
		ArrayNode nodes = orders.putArray("nodes");
		for (int i = 0; i < size; i++) {
			long id = 1_000_000L + (long) page * size + i;
			ObjectNode order = (ObjectNode) template.deepCopy();
			order.put("id", "gid://shopify/Order/" + id).put("legacyResourceId", Long.toString(id));
			order.put("updatedAt", Instant.parse("2008-01-10T16:00:00Z").plusSeconds(id - 1_000_000L).toString());
			nodes.add(order);
		}
		answer.set("extensions", ShopifyFixtures.json("graphql/orders.page-1.json").path("extensions"));
		((ObjectNode) answer.path("extensions").path("cost").path("throttleStatus")).put("currentlyAvailable", 1000.0);
		return answer.toString();
	}

}
