package io.sentia.integrations.amazon;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class AmazonConnectorTests {

	private static final String ORDERS = "/orders/2026-01-01/orders";

	private final WireMockServer provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<Duration> waits = new ArrayList<>();

	private final InMemoryCredentialVault vault = new InMemoryCredentialVault();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T12:00:00Z"));

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

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
	void readsEveryPageSendingOnlyThePaginationTokenOnFollowUps() throws Exception {
		stubTwoPages();
		RecordingPageSink sink = new RecordingPageSink();
		this.connector.reader("orders").read(request(), sink);
		assertThat(sink.records()).extracting(RawRecord::externalId)
			.containsExactly("123-4567890-1234567", "123-4567890-9999999");
		assertThat(sink.records().getFirst().updatedAt()).isEqualTo(Instant.parse("2024-12-25T14:45:00Z"));
		this.provider.verify(getRequestedFor(urlPathEqualTo(ORDERS))
			.withQueryParam("lastUpdatedAfter", equalTo("2026-11-22T10:00:00Z"))
			.withQueryParam("lastUpdatedBefore", equalTo("2026-11-22T11:58:00Z"))
			.withQueryParam("marketplaceIds", equalTo("ATVPDKIKX0DER"))
			.withQueryParam("maxResultsPerPage", equalTo("100"))
			.withHeader("x-amz-access-token", equalTo("Atza|token")));
		this.provider.verify(getRequestedFor(urlPathEqualTo(ORDERS))
			.withQueryParam("paginationToken", equalTo("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4"))
			.withQueryParam("lastUpdatedAfter", absent())
			.withQueryParam("marketplaceIds", absent()));
	}

	@Test
	void exchangesTheRefreshTokenOnceAndRefreshesAfterExpiry() throws Exception {
		stubTwoPages();
		this.connector.reader("orders").read(request(), new RecordingPageSink());
		this.provider.verify(1,
				postRequestedFor(urlPathEqualTo("/auth/o2/token"))
					.withRequestBody(containing("grant_type=refresh_token"))
					.withRequestBody(containing("refresh_token=Atzr%7Crefresh"))
					.withRequestBody(containing("client_id=amzn1.app"))
					.withRequestBody(containing("client_secret=shh")));
		assertThat(this.vault.read(this.connection.id()).get("accessTokenExpiresAt")).isEqualTo("2026-11-22T13:00:00Z");
		this.clock.now = Instant.parse("2026-11-22T12:56:00Z");
		this.connector.accessToken(this.connection);
		this.provider.verify(2, postRequestedFor(urlPathEqualTo("/auth/o2/token")));
	}

	@Test
	void waitsOneTokenOfTheReportedRateAfterQuotaExceeded() throws Exception {
		this.provider.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(ORDERS))
			.inScenario("quota")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("x-amzn-RateLimit-Limit", "0.5")
				.withBody("{\"errors\":[{\"code\":\"QuotaExceeded\"}]}"))
			.willSetStateTo("ok"));
		this.provider.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(ORDERS))
			.inScenario("quota")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(200).withBody("{\"orders\":[]}")));
		this.connector.reader("orders").read(request(), new RecordingPageSink());
		assertThat(this.waits).contains(Duration.ofSeconds(2));
	}

	@Test
	void mapsTheOfficialExampleOrderFieldByField() throws Exception {
		RawRecord record = new RawRecord("123-4567890-1234567", null, fixture().get("orders").get(0).toString());
		List<SentiaEvent> events = this.connector.mapper("orders")
			.map(record, FixedMappingContext.of(this.connection.source()));
		assertThat(events).singleElement().isInstanceOfSatisfying(OrderUpserted.class, (order) -> {
			assertThat(order.tenantId()).isEqualTo("tenant-1");
			assertThat(order.orderId()).isEqualTo("123-4567890-1234567");
			assertThat(order.source()).isEqualTo("amazon");
			assertThat(order.channel()).isEqualTo("amazon");
			assertThat(order.region()).isEqualTo("US");
			assertThat(order.store()).isEqualTo("seller-1");
			assertThat(order.status()).isEqualTo("fulfilled");
			assertThat(order.orderedAt()).isEqualTo(Instant.parse("2024-12-25T10:30:00Z"));
			assertThat(order.updatedAt()).isEqualTo(Instant.parse("2024-12-25T14:45:00Z"));
			assertThat(order.currency()).isEqualTo("USD");
			assertThat(order.total()).isEqualTo(new Money(new BigDecimal("154.99"), "USD"));
			assertThat(order.lines().getFirst()).isEqualTo(new OrderLine("12345678901234", "ECHO-DOT-4-CHARCOAL", 2,
					new Money(new BigDecimal("49.99"), "USD"), new Money(new BigDecimal("99.98"), "USD")));
		});
	}

	@Test
	void cancelledOrdersTotalZero() throws Exception {
		ObjectNode order = (ObjectNode) fixture().get("orders").get(0);
		((ObjectNode) order.get("fulfillment")).put("fulfillmentStatus", "CANCELLED");
		OrderUpserted event = (OrderUpserted) this.connector.mapper("orders")
			.map(new RawRecord("x", null, order.toString()), FixedMappingContext.of(this.connection.source()))
			.getFirst();
		assertThat(event.status()).isEqualTo("cancelled");
		assertThat(event.total()).isEqualTo(new Money(new BigDecimal("0.00"), "USD"));
	}

	private ReadRequest request() {
		return new ReadRequest(this.connection, "orders", Instant.parse("2026-11-22T10:00:00Z"), null, null);
	}

	private void stubTwoPages() throws IOException {
		ObjectNode first = fixture();
		ObjectNode second = fixture();
		((ObjectNode) second.get("orders").get(0)).put("orderId", "123-4567890-9999999");
		second.remove("pagination");
		this.provider.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(ORDERS))
			.withQueryParam("lastUpdatedAfter", equalTo("2026-11-22T10:00:00Z"))
			.willReturn(aResponse().withStatus(200).withBody(first.toString())));
		this.provider.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(ORDERS))
			.withQueryParam("paginationToken", equalTo("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4"))
			.willReturn(aResponse().withStatus(200).withBody(second.toString())));
	}

	private ObjectNode fixture() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/amazon/searchOrders_2026-01-01.response.json")) {
			return (ObjectNode) this.json.readTree(in);
		}
	}

	/** A clock tests move by hand. */
	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
