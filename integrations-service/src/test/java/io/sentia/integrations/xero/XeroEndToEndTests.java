package io.sentia.integrations.xero;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.sentia.events.Contact;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.integrations.IntegrationsWebTest;
import io.sentia.integrations.PrometheusScrape;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Secrets;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Xero in the running service against a Xero simulator: an operator connects an
 * organisation through OAuth (PKCE, single-use state), a sync turns its invoices into
 * events in the outbox and the next sync re-reads from the cursor with the overlap, and a
 * signed webhook fetches the invoice it names and publishes it once.
 */
@IntegrationsWebTest
class XeroEndToEndTests extends InfrastructureTests {

	private static final WireMockServer XERO = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final String FIRST_PAGE = "/api.xro/2.0/Invoices?order=UpdatedDateUTC%20ASC&page=1";

	static {
		XERO.start();
	}

	@DynamicPropertySource
	static void xeroSimulator(DynamicPropertyRegistry registry) {
		registry.add("sentia.integrations.xero.authorize-url", () -> XERO.baseUrl() + "/identity/connect/authorize");
		registry.add("sentia.integrations.xero.token-url", () -> XERO.baseUrl() + "/connect/token");
		registry.add("sentia.integrations.xero.connections-url", () -> XERO.baseUrl() + "/connections");
		registry.add("sentia.integrations.xero.api-base-url", () -> XERO.baseUrl() + "/api.xro/2.0");
		registry.add("sentia.integrations.xero.client-id", () -> XeroFixtures.CLIENT_ID);
		registry.add("sentia.integrations.xero.client-secret", () -> XeroFixtures.CLIENT_SECRET);
		registry.add("sentia.integrations.xero.webhook-key", () -> XeroFixtures.WEBHOOK_KEY);
		// Runs start only when a test asks.
		registry.add("sentia.integrations.sync.scheduled", () -> "false");
	}

	@AfterAll
	static void stopSimulator() {
		XERO.stop();
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CredentialVault vault;

	@Autowired
	private ConnectionDirectory directory;

	@Autowired
	private JsonMapper json;

	@Test
	void connectsAnOrganisationThroughOAuthAndSyncsItsInvoicesToEvents() throws Exception {
		String tenant = UUID.randomUUID().toString();
		String organisation = UUID.randomUUID().toString();
		UUID connection = createConnection(tenant);
		String operator = TestTokens.user(tenant, "OPERATOR");

		JsonNode link = this.json.readTree(this.mvc
			.perform(get("/api/integrations/v1/connections/" + connection + "/xero/authorize").header("Authorization",
					"Bearer " + operator))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String authorizeUrl = link.path("authorizeUrl").asString();
		assertThat(authorizeUrl).startsWith(XERO.baseUrl() + "/identity/connect/authorize?");
		Map<String, String> query = query(authorizeUrl);
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("client_id", XeroFixtures.CLIENT_ID)
			.containsEntry("redirect_uri", "http://localhost:8080/oauth/xero/callback")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("scope");
		assertThat(query.get("scope")).contains("offline_access");
		String state = query.get("state");
		assertThat(state).hasSize(43);

		String eventId = UUID.randomUUID().toString();
		String code = "code-" + UUID.randomUUID();
		String accessToken = jwt(Map.of("authentication_event_id", eventId));
		XERO.stubFor(WireMock.post(urlEqualTo("/connect/token"))
			.withRequestBody(containing("code=" + code))
			.willReturn(aResponse().withStatus(200).withBody(XeroConnectorTests.tokenBody(accessToken, "refresh-A"))));
		XERO.stubFor(WireMock.get(urlEqualTo("/connections?authEventId=" + eventId))
			.withHeader("Authorization", equalTo("Bearer " + accessToken))
			.willReturn(aResponse().withStatus(200)
				.withBody("[{\"id\":\"" + UUID.randomUUID() + "\",\"tenantId\":\"" + organisation
						+ "\",\"tenantType\":\"ORGANISATION\",\"tenantName\":\"Highland & Harbour Spirits Ltd\","
						+ "\"createdDateUtc\":\"2026-11-22T10:00:00.0000000\"}]")));

		MockHttpServletResponse callback = this.mvc
			.perform(get("/oauth/xero/callback").param("code", code)
				.param("state", state)
				.param("scope", "x")
				.header("Authorization", "Bearer " + operator))
			.andReturn()
			.getResponse();
		assertThat(callback.getStatus()).isEqualTo(200);
		assertThat(callback.getContentType()).startsWith("text/html");
		assertThat(callback.getContentAsString()).contains("Highland &amp; Harbour Spirits Ltd");

		String tokenRequest = XERO
			.findAll(postRequestedFor(urlEqualTo("/connect/token")).withRequestBody(containing("code=" + code)))
			.getFirst()
			.getBodyAsString();
		Map<String, String> form = form(tokenRequest);
		assertThat(form).containsEntry("grant_type", "authorization_code")
			.containsEntry("redirect_uri", "http://localhost:8080/oauth/xero/callback");
		assertThat(XeroAuthorizations.challenge(form.get("code_verifier"))).isEqualTo(query.get("code_challenge"));
		XERO.verify(postRequestedFor(urlEqualTo("/connect/token")).withRequestBody(containing("code=" + code))
			.withHeader("Authorization", equalTo(XeroConnectorTests.BASIC)));
		assertThat(this.directory.find(connection).orElseThrow().account()).isEqualTo(organisation);
		Secrets secrets = this.vault.read(connection);
		assertThat(secrets.get("refreshToken")).isEqualTo("refresh-A");
		assertThat(secrets.get("accessToken")).isEqualTo(accessToken);

		MockHttpServletResponse replay = this.mvc
			.perform(get("/oauth/xero/callback").param("code", code)
				.param("state", state)
				.header("Authorization", "Bearer " + operator))
			.andReturn()
			.getResponse();
		assertThat(replay.getStatus()).isEqualTo(409);
		assertThat(replay.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(replay.getContentAsString()).contains("already used");

		// Authorising again with another organisation would mix two sets of books.
		String otherCode = "code-" + UUID.randomUUID();
		XERO.stubFor(WireMock.post(urlEqualTo("/connect/token"))
			.withRequestBody(containing("code=" + otherCode))
			.willReturn(
					aResponse().withStatus(200).withBody(XeroConnectorTests.tokenBody("opaque-token", "refresh-B"))));
		XERO.stubFor(WireMock.get(urlEqualTo("/connections"))
			.withHeader("Authorization", equalTo("Bearer opaque-token"))
			.willReturn(aResponse().withStatus(200)
				.withBody("[{\"tenantId\":\"" + UUID.randomUUID()
						+ "\",\"tenantType\":\"ORGANISATION\",\"tenantName\":\"Another Ltd\"}]")));
		MockHttpServletResponse switched = callback(operator,
				Map.of("code", otherCode, "state", state(operator, connection)));
		assertThat(switched.getStatus()).isEqualTo(409);
		assertThat(switched.getContentAsString()).contains("create a new connection");
		assertThat(this.directory.find(connection).orElseThrow().account()).isEqualTo(organisation);
		assertThat(this.vault.read(connection).get("refreshToken")).isEqualTo("refresh-A");

		XERO.stubFor(WireMock.get(urlEqualTo(FIRST_PAGE))
			.withHeader("xero-tenant-id", equalTo(organisation))
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getInvoices.response.json"))));
		assertThat(sync(tenant, connection)).isEqualTo("succeeded");
		XERO.verify(getRequestedFor(urlEqualTo(FIRST_PAGE)).withHeader("xero-tenant-id", equalTo(organisation))
			.withHeader("Authorization", equalTo("Bearer " + accessToken))
			.withHeader("Accept", equalTo("application/json")));

		List<InvoiceUpserted> invoices = invoices(tenant);
		assertThat(invoices).hasSize(3);
		assertThat(invoices).filteredOn((invoice) -> invoice.invoiceNumber().equals("INV-0002"))
			.singleElement()
			.isEqualTo(new InvoiceUpserted(tenant, "046d8a6d-1ae1-4b4d-9340-5601bdf41b87", "xero", InvoiceType.ACCREC,
					"INV-0002", "Red Fish, Blue Fish",
					new Contact("a3675fc4-f8dd-4f03-ba5b-f1870566bcd7", "Barney Rubble-83203"),
					java.time.LocalDate.parse("2018-10-20"), java.time.LocalDate.parse("2018-12-30"), "paid", "NZD",
					nzd("40.00"), nzd("6.00"), nzd("46.00"), nzd("46.00"), nzd("0.00"), nzd("0.00"),
					java.time.LocalDate.parse("2018-11-29"), Instant.parse("2018-11-02T16:36:32.690Z")));
		assertThat(this.jdbc.sql("SELECT high_water FROM sync_cursor WHERE connection_id = ? AND stream = 'invoices'")
			.param(connection)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2018-11-02T16:37:28.927Z"));

		assertThat(sync(tenant, connection)).isEqualTo("succeeded");
		// The cursor (newest UpdatedDateUTC) minus the 5-minute overlap, whole seconds.
		XERO.verify(getRequestedFor(urlEqualTo(FIRST_PAGE)).withHeader("xero-tenant-id", equalTo(organisation))
			.withHeader("If-Modified-Since", equalTo("2018-11-02T16:32:28")));
		assertThat(invoices(tenant)).hasSize(3);
		PrometheusScrape.assertNamesConnectionByIdOnly(this.mvc, connection, organisation);
	}

	@Test
	void concurrentSyncsOfAllStreamsRefreshTheRotatingTokenOnceThroughTheVault() throws Exception {
		String tenant = UUID.randomUUID().toString();
		String organisation = UUID.randomUUID().toString();
		UUID connection = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name)"
					+ " VALUES (?, ?, 'xero', ?, 'UK', 'Books')")
			.params(connection, tenant, organisation)
			.update();
		String oldRefresh = "refresh-" + UUID.randomUUID();
		String newRefresh = "refresh-" + UUID.randomUUID();
		String newAccess = "access-" + UUID.randomUUID();
		this.vault.store(connection, new Secrets(Map.of("accessToken", "access-expired", "accessTokenExpiresAt",
				Instant.now().minusSeconds(60).toString(), "refreshToken", oldRefresh)));
		// Slow enough that the runs overlap while the first refresh is in flight.
		XERO.stubFor(WireMock.post(urlEqualTo("/connect/token"))
			.withRequestBody(equalTo("grant_type=refresh_token&refresh_token=" + oldRefresh))
			.willReturn(aResponse().withStatus(200)
				.withFixedDelay(500)
				.withBody(XeroConnectorTests.tokenBody(newAccess, newRefresh))));
		Map<String, String> fixtures = Map.of("Invoices", "getInvoices.response.json", "Payments",
				"getPayments.response.json", "BankTransactions", "getBankTransactions.response.json");
		fixtures.forEach((resource, fixture) -> XERO
			.stubFor(WireMock.get(urlEqualTo("/api.xro/2.0/" + resource + "?order=UpdatedDateUTC%20ASC&page=1"))
				.withHeader("xero-tenant-id", equalTo(organisation))
				.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text(fixture)))));

		MockHttpServletResponse started = this.mvc
			.perform(post("/api/integrations/v1/connections/" + connection + "/syncs")
				.header("Authorization", "Bearer " + TestTokens.user(tenant, "OPERATOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"incremental\"}"))
			.andReturn()
			.getResponse();
		assertThat(started.getStatus()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM sync_run WHERE connection_id = ? AND status NOT IN ('queued', 'running')")
				.param(connection)
				.query(Long.class)
				.single() == 3);
		assertThat(this.jdbc.sql("SELECT status FROM sync_run WHERE connection_id = ?")
			.param(connection)
			.query(String.class)
			.list()).containsOnly("succeeded");

		XERO.verify(1, postRequestedFor(urlEqualTo("/connect/token"))
			.withRequestBody(equalTo("grant_type=refresh_token&refresh_token=" + oldRefresh)));
		XERO.verify(0, postRequestedFor(urlEqualTo("/connect/token"))
			.withRequestBody(equalTo("grant_type=refresh_token&refresh_token=" + newRefresh)));
		// One call per stream, every one with the refreshed token.
		XERO.verify(3,
				getRequestedFor(urlPathMatching("/api\\.xro/2\\.0/.*"))
					.withHeader("xero-tenant-id", equalTo(organisation))
					.withHeader("Authorization", equalTo("Bearer " + newAccess)));
		XERO.verify(0, getRequestedFor(urlPathMatching("/api\\.xro/2\\.0/.*")).withHeader("Authorization",
				equalTo("Bearer access-expired")));
		assertThat(this.vault.read(connection).get("refreshToken")).isEqualTo(newRefresh);
		assertThat(count(tenant, "finance.invoices.v1")).isEqualTo(3);
		assertThat(count(tenant, "finance.payments.v1")).isEqualTo(2);
		assertThat(count(tenant, "finance.bank-transactions.v1")).isEqualTo(3);
	}

	@Test
	void refusesUnknownExpiredDeclinedAndForeignAuthorizations() throws Exception {
		String tenant = UUID.randomUUID().toString();
		UUID connection = createConnection(tenant);
		String admin = TestTokens.user(tenant, "ADMIN");
		assertThat(callback(admin, Map.of("code", "c", "state", "never-issued"))).satisfies((response) -> {
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(response.getContentAsString()).contains("was not issued");
		});
		assertThat(callback(admin, Map.of("code", "c")).getStatus()).isEqualTo(400);

		String expired = state(admin, connection);
		this.jdbc.sql("UPDATE xero_oauth_state SET expires_at = now() - interval '1 minute' WHERE connection_id = ?")
			.param(connection)
			.update();
		assertThat(callback(admin, Map.of("code", "c", "state", expired))).satisfies((response) -> {
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(response.getContentAsString()).contains("expired");
		});

		String declined = state(admin, connection);
		assertThat(callback(admin, Map.of("error", "access_denied", "state", declined))).satisfies((response) -> {
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(response.getContentAsString()).contains("access_denied");
		});
		assertThat(this.directory.find(connection).orElseThrow().account()).isNull();

		assertThat(this.mvc
			.perform(get("/api/integrations/v1/connections/" + connection + "/xero/authorize").header("Authorization",
					"Bearer " + TestTokens.user(UUID.randomUUID().toString(), "ADMIN")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void onlyTheUserWhoStartedConnectingCanCompleteAndRefusalsLeaveTheStateUnused() throws Exception {
		String tenant = UUID.randomUUID().toString();
		UUID connection = createConnection(tenant);
		String subject = "user-" + UUID.randomUUID();
		String starter = TestTokens.userClaims(tenant, "OPERATOR").subject(subject).sign();
		String state = state(starter, connection);
		String code = "code-" + UUID.randomUUID();

		MockHttpServletResponse nobody = callback(null, Map.of("code", code, "state", state));
		assertThat(nobody.getStatus()).isEqualTo(401);
		assertThat(nobody.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(nobody.getContentAsString()).contains("sign");
		MockHttpServletResponse otherUser = callback(TestTokens.user(tenant, "ADMIN"),
				Map.of("code", code, "state", state));
		assertThat(otherUser.getStatus()).isEqualTo(403);
		assertThat(otherUser.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(otherUser.getContentAsString()).contains("another user");
		String sameSubjectOtherTenant = TestTokens.userClaims(UUID.randomUUID().toString(), "OPERATOR")
			.subject(subject)
			.sign();
		assertThat(callback(sameSubjectOtherTenant, Map.of("code", code, "state", state)).getStatus()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT used_at IS NULL FROM xero_oauth_state WHERE connection_id = ?")
			.param(connection)
			.query(Boolean.class)
			.single()).as("the state is still unused").isTrue();
		XERO.verify(0, postRequestedFor(urlEqualTo("/connect/token")).withRequestBody(containing("code=" + code)));
		assertThat(this.directory.find(connection).orElseThrow().account()).isNull();

		String organisation = UUID.randomUUID().toString();
		XERO.stubFor(WireMock.post(urlEqualTo("/connect/token"))
			.withRequestBody(containing("code=" + code))
			.willReturn(aResponse().withStatus(200).withBody(XeroConnectorTests.tokenBody("opaque-" + code, "r"))));
		XERO.stubFor(WireMock.get(urlEqualTo("/connections"))
			.withHeader("Authorization", equalTo("Bearer opaque-" + code))
			.willReturn(aResponse().withStatus(200)
				.withBody("[{\"tenantId\":\"" + organisation
						+ "\",\"tenantType\":\"ORGANISATION\",\"tenantName\":\"Starter Ltd\"}]")));
		MockHttpServletResponse completed = callback(starter, Map.of("code", code, "state", state));
		assertThat(completed.getStatus()).as(completed.getContentAsString()).isEqualTo(200);
		assertThat(this.directory.find(connection).orElseThrow().account()).isEqualTo(organisation);
	}

	@Test
	void aSignedWebhookFetchesTheInvoiceAndPublishesItOnce() throws Exception {
		String tenant = UUID.randomUUID().toString();
		String organisation = UUID.randomUUID().toString();
		UUID connection = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO connection (id, tenant_id, provider, account, region, display_name)"
					+ " VALUES (?, ?, 'xero', ?, 'UK', 'Books')")
			.params(connection, tenant, organisation)
			.update();
		this.vault.store(connection, new Secrets(Map.of("accessToken", "access-w", "accessTokenExpiresAt",
				Instant.now().plus(Duration.ofMinutes(25)).toString(), "refreshToken", "refresh-w")));
		String invoiceId = "a03ffcd2-5d91-4c7e-b483-318584e9e439";
		XERO.stubFor(WireMock.get(urlEqualTo("/api.xro/2.0/Invoices/" + invoiceId))
			.withHeader("xero-tenant-id", equalTo(organisation))
			.willReturn(aResponse().withStatus(200).withBody(XeroFixtures.text("getInvoice.response.json"))));
		byte[] body = XeroWebhookHandlerTests.invoiceEvent(invoiceId, organisation).getBytes(StandardCharsets.UTF_8);
		String signature = XeroWebhookSignature.sign(body, XeroFixtures.WEBHOOK_KEY);
		byte[] tampered = body.clone();
		tampered[body.length - 5] ^= 1;

		assertThat(webhook(body, signature)).isEqualTo(200);
		assertThat(webhook(body, signature)).isEqualTo(200);
		assertThat(webhook(tampered, signature)).isEqualTo(401);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM webhook_delivery WHERE provider = 'xero' AND connection_id = ?"
						+ " AND status = 'done'")
				.param(connection)
				.query(Long.class)
				.single() == 1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE connection_id = ?")
			.param(connection)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(invoices(tenant)).singleElement().satisfies((invoice) -> {
			assertThat(invoice.invoiceId()).isEqualTo(invoiceId);
			assertThat(invoice.total()).isEqualTo(nzd("148062.76"));
		});
		XERO.verify(1, getRequestedFor(urlPathEqualTo("/api.xro/2.0/Invoices/" + invoiceId))
			.withHeader("xero-tenant-id", equalTo(organisation)));
	}

	private UUID createConnection(String tenant) throws Exception {
		MockHttpServletResponse created = this.mvc
			.perform(post("/api/integrations/v1/connections")
				.header("Authorization", "Bearer " + TestTokens.user(tenant, "OPERATOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"provider\":\"xero\",\"region\":\"UK\",\"displayName\":\"Highland books\"}"))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(201);
		return UUID.fromString(this.json.readTree(created.getContentAsString()).path("id").asString());
	}

	/** Starts connecting Xero as the user of {@code token}; returns the state. */
	private String state(String token, UUID connection) throws Exception {
		String url = this.json
			.readTree(this.mvc.perform(get("/api/integrations/v1/connections/" + connection + "/xero/authorize")
				.header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsString())
			.path("authorizeUrl")
			.asString();
		return query(url).get("state");
	}

	/** Xero's redirect, from a browser signed in with {@code token} (none: nobody). */
	private MockHttpServletResponse callback(@Nullable String token, Map<String, String> params) throws Exception {
		var request = get("/oauth/xero/callback");
		params.forEach(request::param);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private int webhook(byte[] body, String signature) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/webhooks/xero").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("x-xero-signature", signature))
			.andReturn()
			.getResponse();
		assertThat(response.getContentAsByteArray()).isEmpty();
		return response.getStatus();
	}

	/** Starts an incremental invoices sync and waits for its outcome. */
	private String sync(String tenant, UUID connection) throws Exception {
		MockHttpServletResponse started = this.mvc
			.perform(post("/api/integrations/v1/connections/" + connection + "/syncs")
				.header("Authorization", "Bearer " + TestTokens.user(tenant, "OPERATOR"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stream\":\"invoices\",\"kind\":\"incremental\"}"))
			.andReturn()
			.getResponse();
		assertThat(started.getStatus()).isEqualTo(202);
		UUID run = UUID.fromString(this.json.readTree(started.getContentAsString()).path("started").path(0).asString());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !List.of("queued", "running")
				.contains(this.jdbc.sql("SELECT status FROM sync_run WHERE id = ?")
					.param(run)
					.query(String.class)
					.single()));
		return this.jdbc.sql("SELECT status FROM sync_run WHERE id = ?").param(run).query(String.class).single();
	}

	private List<InvoiceUpserted> invoices(String tenant) {
		return this.jdbc.sql("SELECT payload FROM outbox_event WHERE tenant_id = ? AND topic = 'finance.invoices.v1'")
			.param(tenant)
			.query(String.class)
			.list()
			.stream()
			.map((payload) -> this.json.readValue(payload, InvoiceUpserted.class))
			.toList();
	}

	private long count(String tenant, String topic) {
		return this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND topic = ?")
			.params(tenant, topic)
			.query(Long.class)
			.single();
	}

	private static Map<String, String> query(String url) {
		Map<String, String> values = new LinkedHashMap<>();
		UriComponentsBuilder.fromUriString(url)
			.build()
			.getQueryParams()
			.forEach((name, list) -> values.put(name, URLDecoder.decode(list.getFirst(), StandardCharsets.UTF_8)));
		return values;
	}

	private static Map<String, String> form(String body) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return values;
	}

	/** A JWT-shaped access token carrying the claims (the signature is not checked). */
	private static String jwt(Map<String, String> claims) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		StringBuilder payload = new StringBuilder("{");
		claims.forEach((name, value) -> payload.append('"').append(name).append("\":\"").append(value).append('"'));
		payload.append('}');
		return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
	}

	private static Money nzd(String amount) {
		return new Money(new java.math.BigDecimal(amount), "NZD");
	}

}
