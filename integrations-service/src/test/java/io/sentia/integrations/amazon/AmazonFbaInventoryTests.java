package io.sentia.integrations.amazon;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.Location;
import io.sentia.events.InventoryLevelChanged.LocationType;
import io.sentia.integrations.amazon.AmazonConnectorTests.MutableClock;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordingPageSink;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.http.RateLimitedProviderHttp;
import io.sentia.integrations.http.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * FBA inventory summaries against the official sandbox example (unchanged) and multi-page
 * variants of it: every page read with the same start time, the next page asked for
 * before a page is ingested, summaries mapped to levels at the FBA location.
 */
class AmazonFbaInventoryTests {

	private static final String SUMMARIES = "/fba/inventory/v1/summaries";

	private static final String US = "ATVPDKIKX0DER";

	private final WireMockServer provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<Duration> waits = new ArrayList<>();

	private final InMemoryCredentialVault vault = new InMemoryCredentialVault();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T12:00:00Z"));

	private final JsonMapper json = JsonMapper.builder().build();

	private final ConnectionSpec connection = new ConnectionSpec(UUID.randomUUID(), "tenant-1", Provider.AMAZON,
			"seller-1", "US", "Amazon US", Map.of());

	private AmazonConnector connector;

	@BeforeEach
	void start() {
		this.provider.start();
		this.vault.store(this.connection.id(),
				new Secrets(Map.of("refreshToken", "Atzr|refresh", "clientId", "amzn1.app", "clientSecret", "shh")));
		RateLimitedProviderHttp http = new RateLimitedProviderHttp(HttpClient.newHttpClient(),
				new RetrySettings(3, 2, Duration.ofMillis(100), Duration.ofSeconds(5)), Clock.systemUTC(),
				this.waits::add);
		URI base = URI.create(this.provider.baseUrl());
		this.connector = new AmazonConnector(new AmazonProperties(base, base, URI.create(base + "/auth/o2/token")),
				http, this.vault, this.clock);
		this.provider.stubFor(post("/auth/o2/token").willReturn(aResponse().withStatus(200)
			.withBody("{\"access_token\":\"Atza|token\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
	}

	@AfterEach
	void stop() {
		this.provider.stop();
	}

	@Test
	void readsEveryPageResendingTheSameStartDateTimeWithTheToken() throws Exception {
		stubThreePages();
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("inventory").read(request(Instant.parse("2026-11-22T10:00:00.123Z")), sink);

		assertThat(sink.pages()).hasSize(3);
		assertThat(sink.records()).extracting(RawRecord::externalId)
			.containsExactly("EMTEC 1 GB", "EMTEC-SdCard-reader", "Silicon Power 32GB", "P2-EMTEC 1 GB",
					"P2-EMTEC-SdCard-reader", "P2-Silicon Power 32GB", "P3-Silicon Power 32GB");
		this.provider.verify(1,
				getRequestedFor(urlPathEqualTo(SUMMARIES)).withQueryParam("details", equalTo("true"))
					.withQueryParam("granularityType", equalTo("Marketplace"))
					.withQueryParam("granularityId", equalTo(US))
					.withQueryParam("marketplaceIds", equalTo(US))
					.withQueryParam("startDateTime", equalTo("2026-11-22T10:00:00Z"))
					.withQueryParam("nextToken", absent())
					.withHeader("x-amz-access-token", equalTo("Atza|token")));
		for (String token : List.of("seed", "page-3")) {
			this.provider.verify(1,
					getRequestedFor(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo(token))
						.withQueryParam("startDateTime", equalTo("2026-11-22T10:00:00Z"))
						.withQueryParam("marketplaceIds", equalTo(US))
						.withQueryParam("granularityId", equalTo(US))
						.withQueryParam("details", equalTo("true"))
						.withHeader("x-amz-access-token", equalTo("Atza|token")));
		}
	}

	@Test
	void asksForTheNextPageBeforeHandingOnThisOneBecauseTheTokenExpiresIn30Seconds() throws Exception {
		stubThreePages();
		List<Integer> requestsWhenHandedOn = new ArrayList<>();
		PageSink sink = new PageSink() {
			@Override
			public void page(List<RawRecord> records, Progress progress) {
				requestsWhenHandedOn
					.add(AmazonFbaInventoryTests.this.provider.findAll(getRequestedFor(urlPathEqualTo(SUMMARIES)))
						.size());
			}

			@Override
			public boolean cancelled() {
				return false;
			}
		};

		this.connector.reader("inventory").read(request(Instant.parse("2026-11-22T10:00:00Z")), sink);

		assertThat(requestsWhenHandedOn).containsExactly(2, 3, 3);
	}

	@Test
	void takesTheCursorFromLastUpdatedTimeAndLeavesNeverUpdatedSummariesWithout() throws Exception {
		stubThreePages();
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("inventory").read(request(Instant.parse("2026-11-22T10:00:00Z")), sink);

		assertThat(sink.pages().getFirst()).extracting(RawRecord::updatedAt)
			.containsExactly(null, null, Instant.parse("2018-03-31T23:40:39Z"));
		assertThat(sink.records().getLast().updatedAt()).isEqualTo(Instant.parse("2026-11-22T11:30:00Z"));
	}

	@Test
	void readsEverySummaryWhenTheStartIsOlderThanAmazonKeepsChanges() throws Exception {
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES))
			.willReturn(aResponse().withStatus(200).withBody(lastPage(fixture()).toString())));

		this.connector.reader("inventory")
			.read(request(Instant.parse("2024-01-01T00:00:00Z")), new RecordingPageSink());

		this.provider.verify(1, getRequestedFor(urlPathEqualTo(SUMMARIES)).withQueryParam("startDateTime", absent()));
	}

	@Test
	void mapsTheOfficialSummaryToTheLevelAtTheFbaLocationFieldByField() throws Exception {
		RecordingPageSink sink = readFixtureOnly();

		InventoryLevelChanged level = map(sink.records().get(2));

		assertThat(level).isEqualTo(new InventoryLevelChanged("tenant-1", "Silicon Power 32GB",
				new Location("amazon-fba:US", "Amazon FBA US", LocationType.AMAZON_FBA), "amazon", 66, 66, 21, 0,
				Instant.parse("2018-03-31T23:40:39Z")));
	}

	@Test
	void countsReservedUnfulfillableAndResearchingUnitsAsOnHandButNotAvailable() throws Exception {
		ObjectNode page = lastPage(fixture());
		ObjectNode details = (ObjectNode) page.get("payload").get("inventorySummaries").get(2).get("inventoryDetails");
		((ObjectNode) details.get("reservedQuantity")).put("totalReservedQuantity", 5);
		((ObjectNode) details.get("unfulfillableQuantity")).put("totalUnfulfillableQuantity", 3);
		((ObjectNode) details.get("researchingQuantity")).put("totalResearchingQuantity", 2);
		details.put("inboundShippedQuantity", 10);
		details.put("inboundReceivingQuantity", 4);
		this.provider
			.stubFor(get(urlPathEqualTo(SUMMARIES)).willReturn(aResponse().withStatus(200).withBody(page.toString())));
		RecordingPageSink sink = new RecordingPageSink();
		this.connector.reader("inventory").read(request(Instant.parse("2026-11-22T10:00:00Z")), sink);

		InventoryLevelChanged level = map(sink.records().get(2));

		assertThat(level.onHand()).isEqualTo(76);
		assertThat(level.available()).isEqualTo(66);
		assertThat(level.reserved()).isEqualTo(5);
		assertThat(level.inbound()).isEqualTo(35);
	}

	@Test
	void aNeverUpdatedSummaryIsAsOfTheDayOfAmazonsResponse() throws Exception {
		RecordingPageSink sink = readFixtureOnly();

		InventoryLevelChanged level = map(sink.records().getFirst());

		assertThat(level.asOf()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
		assertThat(level.sku()).isEqualTo("EMTEC 1 GB");
		assertThat(level.onHand()).isZero();
	}

	@Test
	void waitsOneTokenOfTheInventoryPlanAfterQuotaExceededWithoutRateHeader() throws Exception {
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).inScenario("quota")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withBody("{\"errors\":[{\"code\":\"QuotaExceeded\"}]}"))
			.willSetStateTo("ok"));
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).inScenario("quota")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(200).withBody(lastPage(fixture()).toString())));

		this.connector.reader("inventory")
			.read(request(Instant.parse("2026-11-22T10:00:00Z")), new RecordingPageSink());

		assertThat(this.waits).contains(Duration.ofMillis(500));
	}

	@Test
	void learnsTheRateFromTheHeaderOfEarlierAnswers() throws Exception {
		ObjectNode first = fixture();
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", absent())
			.willReturn(aResponse().withStatus(200)
				.withHeader("x-amzn-RateLimit-Limit", "5.0")
				.withBody(first.toString())));
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo("seed"))
			.inScenario("quota")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429))
			.willSetStateTo("ok"));
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo("seed"))
			.inScenario("quota")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(200).withBody(lastPage(fixture()).toString())));

		this.connector.reader("inventory")
			.read(request(Instant.parse("2026-11-22T10:00:00Z")), new RecordingPageSink());

		assertThat(this.waits).contains(Duration.ofMillis(200));
	}

	@Test
	void aRefusedGrantFailsTheReadAsAnAuthenticationFailure() {
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).willReturn(aResponse().withStatus(403)
			.withBody(
					"{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested resource is denied.\"}]}")));

		assertThatExceptionOfType(ProviderCallException.class)
			.isThrownBy(() -> this.connector.reader("inventory")
				.read(request(Instant.parse("2026-11-22T10:00:00Z")), new RecordingPageSink()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("auth_failed"));
	}

	@Test
	void startsOverFromTheFirstPageOnceWhenATokenIsRefused() throws Exception {
		ObjectNode second = lastPage(fixture());
		for (var summary : second.get("payload").get("inventorySummaries")) {
			((ObjectNode) summary).put("sellerSku", "P2-" + summary.get("sellerSku").asString());
		}
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", absent())
			.willReturn(aResponse().withStatus(200).withBody(fixture().toString())));
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo("seed"))
			.inScenario("expiry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(400)
				.withBody("{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Invalid nextToken\"}]}"))
			.willSetStateTo("fresh"));
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo("seed"))
			.inScenario("expiry")
			.whenScenarioStateIs("fresh")
			.willReturn(aResponse().withStatus(200).withBody(second.toString())));
		RecordingPageSink sink = new RecordingPageSink();

		this.connector.reader("inventory").read(request(Instant.parse("2026-11-22T10:00:00Z")), sink);

		assertThat(sink.records()).extracting(RawRecord::externalId)
			.containsExactly("EMTEC 1 GB", "EMTEC-SdCard-reader", "Silicon Power 32GB", "EMTEC 1 GB",
					"EMTEC-SdCard-reader", "Silicon Power 32GB", "P2-EMTEC 1 GB", "P2-EMTEC-SdCard-reader",
					"P2-Silicon Power 32GB");
		this.provider.verify(2, getRequestedFor(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", absent())
			.withQueryParam("startDateTime", equalTo("2026-11-22T10:00:00Z")));
	}

	@Test
	void failsWhenATokenIsRefusedAgainAfterStartingOver() throws Exception {
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", absent())
			.willReturn(aResponse().withStatus(200).withBody(fixture().toString())));
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo("seed"))
			.willReturn(aResponse().withStatus(400)));

		assertThatExceptionOfType(ProviderCallException.class)
			.isThrownBy(() -> this.connector.reader("inventory")
				.read(request(Instant.parse("2026-11-22T10:00:00Z")), new RecordingPageSink()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("amazon_http_400"));
		this.provider.verify(2, getRequestedFor(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", absent()));
	}

	private InventoryLevelChanged map(RawRecord record) {
		return (InventoryLevelChanged) this.connector.mapper("inventory")
			.map(record, FixedMappingContext.of(this.connection.source()))
			.getFirst();
	}

	private RecordingPageSink readFixtureOnly() throws IOException {
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).willReturn(aResponse().withStatus(200)
			.withHeader("Date", "Sun, 22 Nov 2026 11:59:58 GMT")
			.withBody(lastPage(fixture()).toString())));
		RecordingPageSink sink = new RecordingPageSink();
		this.connector.reader("inventory").read(request(Instant.parse("2026-11-22T10:00:00Z")), sink);
		return sink;
	}

	private ReadRequest request(Instant from) {
		return new ReadRequest(this.connection, "inventory", from, null, null);
	}

	/**
	 * Page 1 = the sandbox example (its token is "seed"); page 2 = its summaries under
	 * new SKUs with token "page-3"; page 3 = one changed summary and no token.
	 */
	private void stubThreePages() throws IOException {
		ObjectNode second = fixture();
		second.withObject("pagination").put("nextToken", "page-3");
		for (var summary : second.get("payload").get("inventorySummaries")) {
			((ObjectNode) summary).put("sellerSku", "P2-" + summary.get("sellerSku").asString());
		}
		ObjectNode third = lastPage(fixture());
		ObjectNode changed = (ObjectNode) third.get("payload").get("inventorySummaries").get(2);
		changed.put("sellerSku", "P3-Silicon Power 32GB").put("lastUpdatedTime", "2026-11-22T11:30:00Z");
		ArrayNode thirdSummaries = (ArrayNode) third.get("payload").get("inventorySummaries");
		thirdSummaries.remove(0);
		thirdSummaries.remove(0);
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", absent())
			.willReturn(aResponse().withStatus(200).withBody(fixture().toString())));
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo("seed"))
			.willReturn(aResponse().withStatus(200).withBody(second.toString())));
		this.provider.stubFor(get(urlPathEqualTo(SUMMARIES)).withQueryParam("nextToken", equalTo("page-3"))
			.willReturn(aResponse().withStatus(200).withBody(third.toString())));
	}

	private static ObjectNode lastPage(ObjectNode page) {
		page.remove("pagination");
		return page;
	}

	private ObjectNode fixture() throws IOException {
		try (InputStream in = getClass()
			.getResourceAsStream("/amazon/getInventorySummaries.sandbox-static.response.json")) {
			return (ObjectNode) this.json.readTree(in);
		}
	}

}
