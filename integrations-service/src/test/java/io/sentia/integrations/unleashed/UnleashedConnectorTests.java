package io.sentia.integrations.unleashed;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sentia.events.Money;
import io.sentia.events.ProductUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordingPageSink;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.http.RateLimitedProviderHttp;
import io.sentia.integrations.http.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class UnleashedConnectorTests {

	private static final String API_ID = "0b4b1c9e-6f0e-4e3a-9d4b-0f1f2a3b4c5d";

	private static final String API_KEY = "s3cr3t-unleashed-key==";

	private static final String QUERY = "pageSize=200&modifiedSince=2026-11-01T09%3A55%3A00";

	private final WireMockServer provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<Duration> waits = new ArrayList<>();

	private final InMemoryCredentialVault vault = new InMemoryCredentialVault();

	/** Keeps the fixture's decimals (8.50) exact when it is renumbered into pages. */
	private final JsonMapper json = JsonMapper.builder()
		.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final ConnectionSpec connection = new ConnectionSpec(UUID.randomUUID(), "tenant-1", Provider.UNLEASHED,
			"acct-1", null, "Unleashed", Map.of());

	private UnleashedConnector connector;

	@BeforeEach
	void start() {
		this.provider.start();
		this.vault.store(this.connection.id(), new Secrets(Map.of("apiId", API_ID, "apiKey", API_KEY)));
		RateLimitedProviderHttp http = new RateLimitedProviderHttp(HttpClient.newHttpClient(),
				new RetrySettings(3, 2, Duration.ofMillis(100), Duration.ofSeconds(5)), Clock.systemUTC(),
				this.waits::add);
		this.connector = new UnleashedConnector(
				UnleashedProperties.of(URI.create(this.provider.baseUrl()), Duration.ofSeconds(1)), http, this.vault);
	}

	@AfterEach
	void stop() {
		this.provider.stop();
	}

	@Test
	void signsTheExactQueryStringWithHmacSha256OfTheApiKey() throws Exception {
		stubTwoPages();
		this.connector.reader("products").read(request(), new RecordingPageSink());
		String expected = independentSignature(QUERY, API_KEY);
		this.provider
			.verify(getRequestedFor(urlEqualTo("/Products/1?" + QUERY)).withHeader("api-auth-id", equalTo(API_ID))
				.withHeader("api-auth-signature", equalTo(expected))
				.withHeader("Accept", equalTo("application/json"))
				.withHeader("Content-Type", equalTo("application/json"))
				.withHeader("client-type", equalTo("sentia/integrations")));
	}

	@Test
	void signsTheEmptyStringWhenThereIsNoQuery() throws Exception {
		this.provider.stubFor(get("/Currencies/1").willReturn(aResponse().withStatus(200).withBody("{\"Items\":[]}")));
		ConnectionCheck check = this.connector.check(this.connection);
		assertThat(check.ok()).isTrue();
		this.provider.verify(getRequestedFor(urlEqualTo("/Currencies/1")).withHeader("api-auth-signature",
				equalTo(independentSignature("", API_KEY))));
	}

	@Test
	void readsEveryPageUntilNumberOfPagesAndPacesCalls() throws Exception {
		stubTwoPages();
		RecordingPageSink sink = new RecordingPageSink();
		this.connector.reader("products").read(request(), sink);
		assertThat(sink.pages()).hasSize(2);
		assertThat(sink.records()).extracting(RawRecord::externalId).containsExactly("G11", "G15", "P2-1", "P2-2");
		assertThat(sink.records().getFirst().updatedAt()).isEqualTo(Instant.parse("2015-11-21T08:07:20Z"));
		this.provider.verify(1, getRequestedFor(urlEqualTo("/Products/2?" + QUERY)));
		assertThat(this.waits).anySatisfy((wait) -> assertThat(wait).isPositive());
	}

	@Test
	void honoursRetryAfterOnThrottledAnswers() throws Exception {
		this.provider.stubFor(get(urlPathEqualTo("/Products/1")).inScenario("throttle")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
			.willSetStateTo("ok"));
		this.provider.stubFor(get(urlPathEqualTo("/Products/1")).inScenario("throttle")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(200).withBody(page(1, 1, null).toString())));
		this.connector.reader("products").read(request(), new RecordingPageSink());
		assertThat(this.waits).contains(Duration.ofSeconds(7));
	}

	@Test
	void mapsTheFixtureProductsToCatalogueEventsFieldByField() throws Exception {
		stubTwoPages();
		RecordingPageSink sink = new RecordingPageSink();
		this.connector.reader("products").read(request(), sink);
		List<SentiaEvent> events = this.connector.mapper("products")
			.map(sink.records().getFirst(), FixedMappingContext.of(this.connection.source()));
		assertThat(events).singleElement().isInstanceOfSatisfying(ProductUpserted.class, (product) -> {
			assertThat(product.tenantId()).isEqualTo("tenant-1");
			assertThat(product.sku()).isEqualTo("IIID1");
			assertThat(product.name()).isEqualTo("Socks Updated");
			assertThat(product.source()).isEqualTo("unleashed");
			assertThat(product.unitCost()).isEqualTo(new Money(new BigDecimal("40.4294"), "GBP"));
			assertThat(product.price()).isEqualTo(new Money(new BigDecimal("8.50"), "GBP"));
			assertThat(product.active()).isTrue();
			assertThat(product.moq()).isEqualTo(1);
			assertThat(product.updatedAt()).isEqualTo(Instant.parse("2015-11-21T08:07:20Z"));
		});
	}

	@Test
	void keepsTheSupplierLeadTimeMinimumOrderAndPackSizeWhenUnleashedSendsThem() throws Exception {
		ObjectNode product = (ObjectNode) page(1, 1, null).get("Items").get(1);
		product.put("PackSize", new BigDecimal("6.0000"));
		product.put("MinimumOrderQuantity", new BigDecimal("120"));
		product.putObject("Supplier")
			.put("Guid", "sup-guid-1")
			.put("SupplierCode", "BOTTLECO")
			.put("SupplierName", "Bottle Co Ltd")
			.put("LeadTime", 21);

		ProductUpserted mapped = (ProductUpserted) this.connector.mapper("products")
			.map(new RawRecord("G15", Instant.parse("2015-11-21T08:07:20Z"), product.toString()),
					FixedMappingContext.of(this.connection.source()))
			.getFirst();

		assertThat(mapped.supplier())
			.isEqualTo(new io.sentia.events.Supplier("sup-guid-1", "BOTTLECO", "Bottle Co Ltd"));
		assertThat(mapped.leadTimeDays()).isEqualTo(21);
		assertThat(mapped.moq()).isEqualTo(120);
		assertThat(mapped.casePack()).isEqualTo(6);
		assertThat(mapped.unitCost()).isEqualTo(new Money(new BigDecimal("12.4539"), "GBP"));
		assertThat(mapped.active()).isFalse();
	}

	@Test
	void leavesLeadTimeAndSupplierUnknownWhereTheFixtureHasNone() throws Exception {
		ProductUpserted mapped = (ProductUpserted) this.connector.mapper("products")
			.map(new RawRecord("G11", null, page(1, 1, null).get("Items").get(0).toString()),
					FixedMappingContext.of(this.connection.source()))
			.getFirst();

		assertThat(mapped.leadTimeDays()).isNull();
		assertThat(mapped.supplier()).isNull();
		assertThat(mapped.moq()).isEqualTo(1);
		assertThat(mapped.casePack()).isEqualTo(1);
		assertThat(mapped.updatedAt()).isEqualTo(Instant.parse("2015-11-21T08:07:20Z"));
	}

	@Test
	void parsesMicrosoftJsonDates() {
		JsonNode node = this.json.readTree("\"/Date(1763805600000)/\"");
		assertThat(UnleashedValues.instant(node)).isEqualTo(Instant.ofEpochMilli(1763805600000L));
	}

	private ReadRequest request() {
		return new ReadRequest(this.connection, "products", Instant.parse("2026-11-01T09:55:00Z"), null, null);
	}

	private void stubTwoPages() throws IOException {
		this.provider.stubFor(get(urlEqualTo("/Products/1?" + QUERY))
			.willReturn(aResponse().withStatus(200).withBody(page(1, 2, null).toString())));
		this.provider.stubFor(get(urlEqualTo("/Products/2?" + QUERY))
			.willReturn(aResponse().withStatus(200).withBody(page(2, 2, "P2-").toString())));
	}

	/** The official fixture's page, renumbered; page 2 gets fresh codes and GUIDs. */
	private ObjectNode page(int number, int pages, String guidPrefix) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/unleashed/Products.page.thirdparty-fixture.json")) {
			ObjectNode page = (ObjectNode) this.json.readTree(in).get(0);
			ObjectNode pagination = (ObjectNode) page.get("Pagination");
			pagination.put("PageNumber", number);
			pagination.put("NumberOfPages", pages);
			if (guidPrefix != null) {
				ArrayNode items = (ArrayNode) page.get("Items");
				for (int i = 0; i < items.size(); i++) {
					((ObjectNode) items.get(i)).put("Guid", guidPrefix + (i + 1));
					((ObjectNode) items.get(i)).put("ProductCode", "CODE-" + (i + 1));
				}
			}
			return page;
		}
	}

	private static String independentSignature(String message, String key) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
	}

}
