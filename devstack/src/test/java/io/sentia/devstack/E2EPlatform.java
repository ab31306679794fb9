package io.sentia.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one platform every end-to-end scenario class drives: started by the first class
 * that needs it (from the packaged jars, on shifted ports, with its state in a temp
 * directory) and stopped when the whole run ends, so scenarios share its start-up cost.
 */
final class E2EPlatform implements BeforeAllCallback {

	static final String DEMO_TENANT = "5e471a00-0000-4000-8000-000000000001";

	/** The development operations credential devstack's services accept. */
	static final String OPERATIONS_USER = Devstack.OPERATIONS_USER;

	static final String OPERATIONS_PASSWORD = Devstack.OPERATIONS_PASSWORD;

	/** The date range that covers the whole demo dataset. */
	static final String FROM = "2024-01-01";

	static final String TO = "2026-12-31";

	/**
	 * Revenue over the whole demo dataset, grouped by day: a read every role may make.
	 */
	static final String REVENUE_PATH = "/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO;

	/** The demo users' e-mail domain; each user is {@code <role>@} it. */
	private static final String DEMO_USER_DOMAIN = "@highland-harbour.example";

	static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static Running running;

	/** What the platform's services export over OTLP, for the tracing scenario. */
	private static TracingE2ETests.SpanReceiver spans;

	/** The demo tenant's reporting partner: reads revenue, forecasts and integrations. */
	private static PartnerClient demoPartner;

	private static String partnerToken;

	/** The demo OPERATOR in a browser, for the write calls the SPA makes. */
	private static BrowserSession operator;

	/** The demo ADMIN in a browser, for the partner clients scenarios create. */
	private static BrowserSession admin;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		start(context);
	}

	private static synchronized void start(ExtensionContext context) throws Exception {
		if (running != null) {
			return;
		}
		Devstack.quietLibraryLogging();
		Path root = Path.of(System.getProperty("sentia.root", "..")).toAbsolutePath().normalize();
		// State in the system temp directory, not under target/: PostgreSQL insists on
		// owning its data directory with mode 0700, which a checkout's filesystem may not
		// allow.
		Path stateDir = Files.createTempDirectory("sentia-e2e-");
		Layout layout = new Layout(root, stateDir);
		spans = TracingE2ETests.SpanReceiver.start();
		context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(TracingE2ETests.SpanReceiver.class, spans);
		PlatformOptions options = new PlatformOptions(layout, PortPlan.shiftedBy(20000), ExternalServers.none(),
				PlatformOptions.currentJava(), PlatformOptions.DEV_JVM_FLAGS, true, Map.of(
						// Low enough that demo orders need a manager's approval.
						"SENTIA_FORECASTING_PLANNING_APPROVAL_THRESHOLD", "1000",
						// The malformed-input probe sends a few thousand API requests: a
						// raised
						// tier is configuration, the code path is production's.
						"SENTIA_GATEWAY_RATELIMITS_TIERS_API_REQUESTS", "100000",
						// Every scenario signs in from 127.0.0.1; the attack suite floods
						// from
						// another address and still meets these limits.
						"SENTIA_GATEWAY_RATELIMITS_TIERS_AUTH_REQUESTS", "1000",
						"SENTIA_GATEWAY_RATELIMITS_TIERS_TOKEN_REQUESTS", "200",
						// Sessions outlive their access tokens within the suite, so the
						// later scenarios go through the gateway's token refresh as a
						// user's working day does.
						"SENTIA_AUTH_TOKENS_ACCESSTOKENTIMETOLIVE", "2m",
						// The shortfall scenario sees the watch run within seconds.
						"SENTIA_ANALYTICS_CASH_SHORTFALL_CHECK_INTERVAL", "PT5S",
						// Escalations and reminders are looked for every few seconds.
						"SENTIA_NOTIFICATIONS_FOLLOWUPINTERVAL", "PT5S",
						// The reset scenario sets a password and then sets it back.
						"SENTIA_AUTH_PASSWORDRESET_MININTERVAL", "PT1S",
						// Every service and the gateway export their spans to the
						// receiver.
						"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", spans.endpoint()));
		Platform platform = Platform.start(options, (line) -> System.out.println("[e2e] " + line));
		running = new Running(platform, stateDir);
		demoPartner = new PartnerClient(platform.issuerUrl(), Devstack.DEMO_PARTNER_ID, Devstack.DEMO_PARTNER_SECRET);
		context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(E2EPlatform.class, running);
	}

	static Platform platform() {
		return running().platform();
	}

	static TracingE2ETests.SpanReceiver spans() {
		running();
		return spans;
	}

	static String gateway() {
		return platform().gatewayUrl();
	}

	/** Where the services and the gateway write their logs. */
	static Path logsDir() {
		return running().stateDir().resolve("logs");
	}

	private static Running running() {
		if (running == null) {
			throw new IllegalStateException(
					"The end-to-end platform is not started: add @ExtendWith(E2EPlatform.class)");
		}
		return running;
	}

	/** A GET without credentials, as anyone on the network could send it. */
	static HttpResponse<String> anonymousGet(String url) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A GET with the operations credential, as Prometheus and runbooks send it. */
	static HttpResponse<String> operatorGet(String url) throws IOException, InterruptedException {
		String basic = Base64.getEncoder()
			.encodeToString((OPERATIONS_USER + ":" + OPERATIONS_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + basic)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A GET of an API through the gateway as the demo partner; a token that expired
	 * meanwhile is replaced once, and a 503 (a route's circuit breaker open after slow
	 * answers, "try again shortly") is asked again for up to a minute, as a partner's
	 * client does.
	 */
	static synchronized HttpResponse<String> partnerGet(String path) throws IOException, InterruptedException {
		if (partnerToken == null) {
			partnerToken = demoPartner.accessToken();
		}
		HttpResponse<String> response = PartnerClient.get(gateway() + path, partnerToken);
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (response.statusCode() == 401 || (response.statusCode() == 503 && System.nanoTime() < deadline)) {
			if (response.statusCode() == 401) {
				partnerToken = demoPartner.accessToken();
			}
			else {
				Thread.sleep(2000);
			}
			response = PartnerClient.get(gateway() + path, partnerToken);
			if (response.statusCode() == 401) {
				return response;
			}
		}
		return response;
	}

	static PartnerClient demoPartner() {
		return demoPartner;
	}

	/**
	 * A new browser signed in through the gateway as one of the demo tenant's development
	 * users.
	 * @param role {@code admin}, {@code manager}, {@code operator} or {@code viewer}
	 */
	static BrowserSession signedIn(String role) throws IOException, InterruptedException {
		BrowserSession browser = new BrowserSession(gateway());
		browser.logIn(role + DEMO_USER_DOMAIN, "demo-" + role + "-2026");
		return browser;
	}

	/** The demo OPERATOR, signed in once through the gateway. */
	static synchronized BrowserSession operator() throws IOException, InterruptedException {
		if (operator == null) {
			operator = signedIn("operator");
		}
		return operator;
	}

	/** The demo ADMIN, signed in once through the gateway. */
	static synchronized BrowserSession admin() throws IOException, InterruptedException {
		if (admin == null) {
			admin = signedIn("admin");
		}
		return admin;
	}

	/**
	 * A new partner client of the demo tenant, created by its ADMIN through the gateway,
	 * as a tenant would register a partner system.
	 * @param name the client's name
	 * @param scopes the scopes it is granted
	 * @return the client, holding the secret shown once at creation
	 */
	static PartnerClient newPartnerClient(String name, String... scopes) throws IOException, InterruptedException {
		String request = JSON.writeValueAsString(Map.of("name", name, "scopes", List.of(scopes)));
		HttpResponse<String> created = admin().send("POST", "/api/auth/v1/admin/clients", request);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode client = JSON.readTree(created.body());
		return new PartnerClient(platform().issuerUrl(), client.path("clientId").asString(),
				client.path("clientSecret").asString());
	}

	/** Revokes a partner client as the demo tenant's ADMIN. */
	static void revoke(PartnerClient client) throws IOException, InterruptedException {
		HttpResponse<String> revoked = admin().send("DELETE", "/api/auth/v1/admin/clients/" + client.clientId(), null);
		assertThat(revoked.statusCode()).as(revoked.body()).isIn(200, 204);
	}

	/** The demo dataset's summary once the demo tenant has loaded. */
	static JsonNode awaitDemoLoaded() throws Exception {
		return eventually(Duration.ofMinutes(6), () -> {
			HttpResponse<String> response = partnerGet("/api/integrations/v1/demo/dataset");
			JsonNode body = (response.statusCode() == 200) ? JSON.readTree(response.body()) : null;
			return (body != null && "loaded".equals(body.path("load").path("state").asString())) ? body : null;
		});
	}

	/**
	 * Revenue per group and currency over the whole dataset, e.g.
	 * {@code UK:GBP -> 1234.50}, read through the gateway.
	 */
	static Map<String, BigDecimal> revenue(String groupBy) throws Exception {
		HttpResponse<String> response = partnerGet(
				"/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO + "&groupBy=" + groupBy);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, BigDecimal> totals = new HashMap<>();
		for (JsonNode row : JSON.readTree(response.body()).path("rows")) {
			totals.merge(row.path("key").asString() + ":" + row.path("currency").asString(),
					new BigDecimal(row.path("revenue").asString()), BigDecimal::add);
		}
		totals.replaceAll((key, value) -> value.stripTrailingZeros());
		return totals;
	}

	/** The totals with an amount added to one key, as revenue() reports them. */
	static Map<String, BigDecimal> plus(Map<String, BigDecimal> totals, String key, String amount) {
		Map<String, BigDecimal> result = new HashMap<>(totals);
		result.merge(key, new BigDecimal(amount), BigDecimal::add);
		result.replaceAll((k, value) -> value.stripTrailingZeros());
		return result;
	}

	/** Polls until the check returns non-null; transient errors count as "not yet". */
	static <T> T eventually(Duration timeout, Callable<T> check) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		Exception last = null;
		while (System.nanoTime() < deadline) {
			try {
				T result = check.call();
				if (result != null) {
					return result;
				}
			}
			catch (Exception | AssertionError ex) {
				last = (ex instanceof Exception exception) ? exception : new Exception(ex);
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("Condition not met within " + timeout.toSeconds() + " s", last);
	}

	private record Running(Platform platform, Path stateDir) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			this.platform.close();
			Platform.deleteRecursively(this.stateDir);
		}

	}

}
