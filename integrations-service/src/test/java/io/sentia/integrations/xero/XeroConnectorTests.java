package io.sentia.integrations.xero;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionPausedException;
import io.sentia.integrations.connector.InMemoryCredentialVault;
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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.sentia.integrations.xero.XeroFixtures.CONNECTION;
import static io.sentia.integrations.xero.XeroFixtures.CONNECTION_ID;
import static io.sentia.integrations.xero.XeroFixtures.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XeroConnectorTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	/** Base64("xero-client-id:xero-client-secret"). */
	static final String BASIC = "Basic eGVyby1jbGllbnQtaWQ6eGVyby1jbGllbnQtc2VjcmV0";

	private static final String FIRST_PAGE = "/api.xro/2.0/Invoices?order=UpdatedDateUTC%20ASC&page=1";

	private final WireMockServer xero = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

	private final InMemoryCredentialVault vault = new InMemoryCredentialVault();

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private XeroConnector connector;

	@BeforeEach
	void start() {
		this.xero.start();
		this.vault.store(CONNECTION_ID, new Secrets(Map.of("accessToken", "access-1", "accessTokenExpiresAt",
				NOW.plus(Duration.ofMinutes(20)).toString(), "refreshToken", "refresh-1")));
		RateLimitedProviderHttp http = new RateLimitedProviderHttp(HttpClient.newHttpClient(),
				new RetrySettings(3, 2, Duration.ofMillis(10), Duration.ofSeconds(5)), this.clock, this.waits::add);
		this.connector = new XeroConnector(
				new XeroApi(XeroFixtures.properties(this.xero.baseUrl()), http, this.vault, this.clock));
	}

	@AfterEach
	void stop() {
		this.xero.stop();
	}

	@Test
	void sendsBearerTokenTenantIdAcceptAndIfModifiedSinceInUtc() {
		stubInvoices(FIRST_PAGE, XeroFixtures.text("getInvoices.response.json"));
		read("invoices", Instant.parse("2026-11-01T09:55:00.750Z"), null);
		this.xero.verify(getRequestedFor(urlEqualTo(FIRST_PAGE)).withHeader("Authorization", equalTo("Bearer access-1"))
			.withHeader("xero-tenant-id", equalTo(ORGANISATION))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("If-Modified-Since", equalTo("2026-11-01T09:55:00")));
	}

	@Test
	void readsEveryPageUntilAShortPageAndKeepsXerosTimestamps() {
		Instant start = Instant.parse("2026-10-01T00:00:00Z");
		stubInvoices(FIRST_PAGE, XeroFixtures.invoicePage(1, 0, 100, start));
		stubInvoices("/api.xro/2.0/Invoices?order=UpdatedDateUTC%20ASC&page=2",
				XeroFixtures.invoicePage(2, 100, 100, start));
		stubInvoices("/api.xro/2.0/Invoices?order=UpdatedDateUTC%20ASC&page=3",
				XeroFixtures.invoicePage(3, 200, 7, start));
		RecordingPageSink sink = read("invoices", start, null);
		assertThat(sink.pages()).extracting(List::size).containsExactly(100, 100, 7);
		assertThat(sink.records()).extracting(RawRecord::externalId)
			.doesNotHaveDuplicates()
			.startsWith(XeroFixtures.invoiceId(0).toString())
			.endsWith(XeroFixtures.invoiceId(206).toString());
		assertThat(sink.records().getLast().updatedAt()).isEqualTo(start.plusSeconds(60L * 206));
		assertThat(sink.progress().getFirst().providerNow()).isEqualTo(Instant.ofEpochMilli(1552326816230L));
		this.xero.verify(3, getRequestedFor(urlPathEqualTo("/api.xro/2.0/Invoices")));
	}

	@Test
	void endsTheReadAtTheWindowsUpperBound() {
		Instant start = Instant.parse("2026-10-01T00:00:00Z");
		stubInvoices(FIRST_PAGE, XeroFixtures.invoicePage(1, 0, 100, start));
		RecordingPageSink sink = read("invoices", start, start.plusSeconds(60L * 40));
		assertThat(sink.records()).hasSize(40);
		this.xero.verify(1, getRequestedFor(urlPathEqualTo("/api.xro/2.0/Invoices")));
	}

	@Test
	void readsPaymentsAndBankTransactionsWithTheirOwnIdsAndCursors() {
		this.xero.stubFor(get(urlEqualTo("/api.xro/2.0/Payments?order=UpdatedDateUTC%20ASC&page=1"))
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getPayments.response.json"))));
		this.xero.stubFor(get(urlEqualTo("/api.xro/2.0/BankTransactions?order=UpdatedDateUTC%20ASC&page=1"))
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getBankTransactions.response.json"))));
		assertThat(read("payments", NOW.minus(Duration.ofDays(1)), null).records())
			.extracting(RawRecord::externalId, RawRecord::updatedAt)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("99ea7f6b-c513-4066-bc27-b7c65dcd76c2",
							Instant.parse("2018-11-02T16:36:32.690Z")),
					org.assertj.core.groups.Tuple.tuple("6b037c9b-2e5d-4905-84d3-eabfb3438242",
							Instant.parse("2019-03-05T18:59:06.173Z")));
		assertThat(read("bank-transactions", NOW.minus(Duration.ofDays(1)), null).records())
			.extracting(RawRecord::externalId)
			.containsExactly("db54aab0-ad40-4ced-bcff-0940ba20db2c", "29a69c45-64ca-4805-a1cc-34990de837b3",
					"0b89bf5c-d40b-4514-96be-36a739fb0188");
	}

	@Test
	void waitsRetryAfterOnTheMinuteLimitAndRetries() {
		this.xero.stubFor(get(urlEqualTo(FIRST_PAGE)).inScenario("minute")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "17")
				.withHeader("X-Rate-Limit-Problem", "minute")
				.withHeader("X-MinLimit-Remaining", "0"))
			.willSetStateTo("ok"));
		this.xero.stubFor(get(urlEqualTo(FIRST_PAGE)).inScenario("minute")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getInvoices.response.json"))));
		RecordingPageSink sink = read("invoices", NOW.minus(Duration.ofDays(1)), null);
		assertThat(sink.records()).hasSize(3);
		assertThat(this.waits).contains(Duration.ofSeconds(17));
		this.xero.verify(2, getRequestedFor(urlEqualTo(FIRST_PAGE)));
	}

	@Test
	void pausesTheConnectionUntilTheNextUtcDayOnTheDayLimit() {
		this.xero.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "3600")
			.withHeader("X-Rate-Limit-Problem", "day")
			.withHeader("X-DayLimit-Remaining", "0")));
		assertThatThrownBy(() -> read("invoices", NOW.minus(Duration.ofDays(1)), null))
			.isInstanceOfSatisfying(ConnectionPausedException.class, (paused) -> {
				assertThat(paused.until()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
				assertThat(paused.getMessage()).contains("daily limit").contains("next UTC day");
			});
		this.xero.verify(1, getRequestedFor(urlEqualTo(FIRST_PAGE)));
	}

	@Test
	void refreshesAnExpiredTokenWithBasicAuthAndSavesTheRotatedRefreshToken() {
		expireAccessToken();
		stubToken("refresh-1", "access-2", "refresh-2");
		stubInvoices(FIRST_PAGE, XeroFixtures.text("getInvoices.response.json"));
		read("invoices", NOW.minus(Duration.ofDays(1)), null);
		this.xero.verify(1,
				postRequestedFor(urlEqualTo("/connect/token")).withHeader("Authorization", equalTo(BASIC))
					.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
					.withRequestBody(equalTo("grant_type=refresh_token&refresh_token=refresh-1")));
		this.xero
			.verify(getRequestedFor(urlEqualTo(FIRST_PAGE)).withHeader("Authorization", equalTo("Bearer access-2")));
		Secrets saved = this.vault.read(CONNECTION_ID);
		assertThat(saved.get("refreshToken")).isEqualTo("refresh-2");
		assertThat(saved.get("accessToken")).isEqualTo("access-2");
		assertThat(saved.get("accessTokenExpiresAt")).isEqualTo(NOW.plusSeconds(1800).toString());
	}

	@Test
	void twoConcurrentSyncsNeedingARefreshRefreshExactlyOnce() throws Exception {
		expireAccessToken();
		// A slow token endpoint keeps the first refresh in flight while the second sync
		// asks.
		this.xero.stubFor(post(urlEqualTo("/connect/token"))
			.withRequestBody(equalTo("grant_type=refresh_token&refresh_token=refresh-1"))
			.willReturn(aResponse().withStatus(200).withFixedDelay(400).withBody(tokenBody("access-2", "refresh-2"))));
		// Rotated: the old refresh token is refused if anyone presents it again.
		this.xero.stubFor(post(urlEqualTo("/connect/token"))
			.withRequestBody(equalTo("grant_type=refresh_token&refresh_token=refresh-2"))
			.willReturn(aResponse().withStatus(200).withBody(tokenBody("access-3", "refresh-3"))));
		stubInvoices(FIRST_PAGE, XeroFixtures.text("getInvoices.response.json"));
		this.xero.stubFor(get(urlEqualTo("/api.xro/2.0/Payments?order=UpdatedDateUTC%20ASC&page=1"))
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getPayments.response.json"))));
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<RecordingPageSink>> syncs = new ArrayList<>();
			for (String stream : List.of("invoices", "payments")) {
				syncs.add(pool.submit(() -> {
					go.await();
					return read(stream, NOW.minus(Duration.ofDays(1)), null);
				}));
			}
			go.countDown();
			assertThat(syncs.get(0).get(10, TimeUnit.SECONDS).records()).hasSize(3);
			assertThat(syncs.get(1).get(10, TimeUnit.SECONDS).records()).hasSize(2);
		}
		finally {
			pool.shutdownNow();
		}
		this.xero.verify(1, postRequestedFor(urlEqualTo("/connect/token")));
		this.xero.verify(0, getRequestedFor(urlPathEqualTo("/api.xro/2.0/Invoices")).withHeader("Authorization",
				equalTo("Bearer access-1")));
		this.xero.verify(1, getRequestedFor(urlPathEqualTo("/api.xro/2.0/Invoices")).withHeader("Authorization",
				equalTo("Bearer access-2")));
		this.xero.verify(1, getRequestedFor(urlPathEqualTo("/api.xro/2.0/Payments")).withHeader("Authorization",
				equalTo("Bearer access-2")));
		assertThat(this.vault.read(CONNECTION_ID).get("refreshToken")).isEqualTo("refresh-2");
		assertThat(this.vault.refreshes()).isEqualTo(1);
	}

	@Test
	void refreshesOnceAndRetriesWhenXeroRejectsAnUnexpiredToken() {
		stubToken("refresh-1", "access-2", "refresh-2");
		this.xero.stubFor(get(urlEqualTo(FIRST_PAGE)).withHeader("Authorization", equalTo("Bearer access-1"))
			.willReturn(aResponse().withStatus(401)));
		this.xero.stubFor(get(urlEqualTo(FIRST_PAGE)).withHeader("Authorization", equalTo("Bearer access-2"))
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getInvoices.response.json"))));
		assertThat(read("invoices", NOW.minus(Duration.ofDays(1)), null).records()).hasSize(3);
		this.xero.verify(1, postRequestedFor(urlEqualTo("/connect/token")));
	}

	@Test
	void reportsARefusedRefreshTokenAsAuthFailedWithoutTouchingTheApi() {
		expireAccessToken();
		this.xero.stubFor(post(urlEqualTo("/connect/token"))
			.willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid_grant\"}")));
		assertThatThrownBy(() -> read("invoices", NOW.minus(Duration.ofDays(1)), null))
			.isInstanceOfSatisfying(ProviderCallException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("auth_failed");
				assertThat(ex.getMessage()).contains("invalid_grant").doesNotContain("refresh-1");
			});
		this.xero.verify(0, getRequestedFor(urlPathEqualTo("/api.xro/2.0/Invoices")));
		assertThat(this.vault.read(CONNECTION_ID).get("refreshToken")).isEqualTo("refresh-1");
	}

	@Test
	void refusesToReadAConnectionWhoseOrganisationIsNotConnectedYet() {
		var unconnected = new io.sentia.integrations.connector.ConnectionSpec(CONNECTION_ID, XeroFixtures.TENANT,
				io.sentia.integrations.connector.Provider.XERO, null, "UK", "Books", Map.of());
		assertThatThrownBy(() -> this.connector.reader("invoices")
			.read(new ReadRequest(unconnected, "invoices", NOW, null, null), new RecordingPageSink()))
			.isInstanceOfSatisfying(ProviderCallException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("not_authorised"));
	}

	@Test
	void fetchesOneInvoiceById() {
		this.xero.stubFor(get(urlEqualTo("/api.xro/2.0/Invoices/a03ffcd2-5d91-4c7e-b483-318584e9e439"))
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getInvoice.response.json"))));
		RawRecord record = this.connector.fetch(CONNECTION, "invoices",
				java.util.UUID.fromString("a03ffcd2-5d91-4c7e-b483-318584e9e439"));
		assertThat(record).isNotNull();
		assertThat(record.externalId()).isEqualTo("a03ffcd2-5d91-4c7e-b483-318584e9e439");
		assertThat(record.updatedAt()).isEqualTo(Instant.parse("2019-03-07T17:59:28.133Z"));
		this.xero.verify(getRequestedFor(urlEqualTo("/api.xro/2.0/Invoices/a03ffcd2-5d91-4c7e-b483-318584e9e439"))
			.withHeader("xero-tenant-id", equalTo(ORGANISATION))
			.withHeader("If-Modified-Since", absent()));
	}

	@Test
	void checkNamesTheOrganisation() {
		this.xero.stubFor(get(urlEqualTo("/api.xro/2.0/Organisation")).willReturn(aResponse().withStatus(200)
			.withBody("{\"Organisations\":[{\"Name\":\"Highland & Harbour Spirits\",\"BaseCurrency\":\"GBP\"}]}")));
		ConnectionCheck check = this.connector.check(CONNECTION);
		assertThat(check.ok()).isTrue();
		assertThat(check.details()).containsEntry("name", "Highland & Harbour Spirits")
			.containsEntry("currency", "GBP");
	}

	@Test
	void checkReportsARefusedTokenWithoutThrowing() {
		this.xero.stubFor(get(urlEqualTo("/api.xro/2.0/Organisation")).willReturn(aResponse().withStatus(403)));
		ConnectionCheck check = this.connector.check(CONNECTION);
		assertThat(check.ok()).isFalse();
		assertThat(check.providerStatus()).isEqualTo(403);
	}

	private RecordingPageSink read(String stream, Instant from, Instant to) {
		RecordingPageSink sink = new RecordingPageSink();
		this.connector.reader(stream).read(new ReadRequest(CONNECTION, stream, from, to, null), sink);
		return sink;
	}

	private void stubInvoices(String url, String body) {
		this.xero.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(200)
			.withHeader("X-MinLimit-Remaining", "59")
			.withHeader("X-DayLimit-Remaining", "4990")
			.withBody(body)));
	}

	private void stubToken(String refreshToken, String access, String rotated) {
		this.xero.stubFor(post(urlEqualTo("/connect/token"))
			.withRequestBody(equalTo("grant_type=refresh_token&refresh_token=" + refreshToken))
			.willReturn(aResponse().withStatus(200).withBody(tokenBody(access, rotated))));
	}

	static String tokenBody(String access, String refresh) {
		return "{\"id_token\":\"id\",\"access_token\":\"" + access + "\",\"expires_in\":1800,\"token_type\":\"Bearer\","
				+ "\"refresh_token\":\"" + refresh + "\",\"scope\":\"offline_access accounting.invoices.read\"}";
	}

	private void expireAccessToken() {
		this.vault.store(CONNECTION_ID, this.vault.read(CONNECTION_ID)
			.with(Map.of("accessTokenExpiresAt", NOW.minus(Duration.ofMinutes(1)).toString())));
	}

}
