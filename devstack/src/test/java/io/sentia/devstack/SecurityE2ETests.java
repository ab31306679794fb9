package io.sentia.devstack;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.sentia.testkit.probe.MalformedInputProbe;
import io.sentia.testkit.probe.ProbeReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The attack suite: each probe of the security review, run against the started platform
 * through its one public door, as an attacker or a careless operator would. It runs last
 * because it exhausts rate limits on purpose.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(99)
class SecurityE2ETests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final ObjectMapper JSON = E2EPlatform.JSON;

	private static String gateway;

	@BeforeAll
	static void usePlatform() {
		gateway = E2EPlatform.gateway();
	}

	@Test
	@Order(1)
	void signingInUsesOnlyTheGatewaysOrigin() throws Exception {
		BrowserSession browser = E2EPlatform.signedIn("manager");
		assertThat(browser.lastHops()).as("every hop of the sign-in, the form post included")
			.allSatisfy((hop) -> assertThat(hop).matches("(GET|POST) " + Pattern.quote(gateway) + "(/.*)?"));
		assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void discoveryAndTokensNameThePublicIssuer() throws Exception {
		HttpResponse<String> discovery = E2EPlatform.anonymousGet(gateway + "/.well-known/openid-configuration");
		assertThat(discovery.statusCode()).as(discovery.body()).isEqualTo(200);
		JsonNode document = JSON.readTree(discovery.body());
		assertThat(document.path("issuer").asString()).isEqualTo(gateway);
		for (String endpoint : List.of("authorization_endpoint", "token_endpoint", "jwks_uri")) {
			assertThat(document.path(endpoint).asString()).as(endpoint).startsWith(gateway + "/");
		}
		HttpResponse<String> jwks = E2EPlatform.anonymousGet(gateway + "/oauth2/jwks");
		assertThat(jwks.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(jwks.body()).path("keys").size()).isPositive();

		PartnerClient partner = E2EPlatform.demoPartner();
		String token = partner.accessToken();
		assertThat(PartnerClient.claims(token).path("iss").asString()).isEqualTo(gateway);
		assertThat(PartnerClient.get(gateway + "/api/analytics/v1/revenue?from=2026-10-01&to=2026-10-31", token)
			.statusCode()).isEqualTo(200);
	}

	@Test
	@Order(3)
	void onlyTheGatewayListensBeyondLoopback() throws Exception {
		List<InetAddress> external = externalAddresses();
		assumeThat(external).as("this machine has a non-loopback IPv4 address").isNotEmpty();
		Platform platform = E2EPlatform.platform();
		InetAddress address = external.get(0);
		assertThat(connects(address, platform.options().ports().gateway())).as("the gateway is the public door")
			.isTrue();
		for (Component component : Component.ALL) {
			if (!component.isPublicDoor()) {
				assertThat(connects(address, component.port(platform.options().ports())))
					.as("%s on %s", component.name(), address)
					.isFalse();
			}
		}
	}

	@Test
	@Order(4)
	void metricsNeedTheOperationsCredentialAndCarryNoTenantIdentifiers() throws Exception {
		assertThat(E2EPlatform.anonymousGet(gateway + "/metrics").statusCode()).isEqualTo(401);
		assertThat(withOperationsCredential(gateway + "/metrics").statusCode()).isEqualTo(200);
		Platform platform = E2EPlatform.platform();
		for (Component component : Component.ALL) {
			if (component.database() == null) {
				continue;
			}
			String url = platform.baseUrlOf(component.name()) + "/actuator/prometheus";
			assertThat(E2EPlatform.anonymousGet(url).statusCode()).as(component.name()).isEqualTo(401);
			HttpResponse<String> scrape = withOperationsCredential(url);
			assertThat(scrape.statusCode()).as(component.name()).isEqualTo(200);
			assertThat(scrape.body()).as("%s exposes no shop domain, mailbox or account", component.name())
				.doesNotContain(".myshopify.com")
				.doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}");
		}
	}

	@Test
	@Order(5)
	void detailedHealthShowsDetailsOnlyToOperators() throws Exception {
		HttpResponse<String> summary = E2EPlatform.anonymousGet(gateway + "/health/detailed");
		assertThat(summary.statusCode()).isIn(200, 503);
		assertThat(JSON.readTree(summary.body()).path("status").asString()).isIn("UP", "DEGRADED", "DOWN");
		assertThat(summary.body()).as("no internal addresses or service list for the public")
			.doesNotContain("127.0.0.1")
			.doesNotContain("auth-service");
		HttpResponse<String> details = withOperationsCredential(gateway + "/health/detailed");
		assertThat(details.body()).contains("auth-service", "analytics-service");
	}

	@Test
	@Order(6)
	void theRegistryRefusesAnonymousRegistrationsAndReads() throws Exception {
		String registry = "http://127.0.0.1:" + E2EPlatform.platform().options().ports().registry();
		HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(registry + "/eureka/apps"))
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(read.statusCode()).isEqualTo(401);
		String rogue = """
				{"instance":{"instanceId":"rogue","hostName":"evil.example","app":"ANALYTICS-SERVICE",
				"ipAddr":"203.0.113.7","status":"UP","port":{"$":443,"@enabled":"true"},
				"dataCenterInfo":{"@class":"com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo","name":"MyOwn"}}}
				""";
		HttpResponse<String> register = HTTP
			.send(HttpRequest.newBuilder(URI.create(registry + "/eureka/apps/ANALYTICS-SERVICE"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(rogue))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(register.statusCode()).isEqualTo(401);
	}

	@Test
	@Order(7)
	void aForwardedForHeaderChosenByTheClientDoesNotBuyANewBucket() throws Exception {
		long first = remainingWithForwardedFor("/oauth2/authorization/sentia", "198.51.100.1");
		long second = remainingWithForwardedFor("/oauth2/authorization/sentia", "198.51.100.2");
		assertThat(second).as("the same caller's bucket, whatever X-Forwarded-For says").isLessThan(first);
	}

	@Test
	@Order(8)
	void aNullBatchBodyIsABadRequestNotAServerError() throws Exception {
		PartnerClient partner = E2EPlatform.demoPartner();
		HttpResponse<String> response = PartnerClient.post(gateway + "/api/forecasting/v1/forecasts:batch",
				partner.accessToken(), "null");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	@Order(50)
	void aFloodOfWrongSecretsFromOneAddressLeavesAGoodPartnerServed() throws Exception {
		HttpClient attacker = HttpClient.newBuilder()
			.localAddress(InetAddress.getByName("127.0.0.2"))
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		String wrongSecret = Base64.getEncoder()
			.encodeToString((Devstack.DEMO_PARTNER_ID + "-guess:not-the-secret").getBytes(StandardCharsets.UTF_8));
		HttpRequest guess = HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + wrongSecret)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build();
		List<Integer> floodStatuses = Collections.synchronizedList(new ArrayList<>());
		List<Integer> partnerStatuses = new ArrayList<>();
		PartnerClient partner = E2EPlatform.demoPartner();
		try (ExecutorService flood = Executors.newFixedThreadPool(8)) {
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				sent.add(flood.submit(() -> {
					floodStatuses.add(attacker.send(guess, HttpResponse.BodyHandlers.discarding()).statusCode());
					return null;
				}));
			}
			while (sent.stream().anyMatch((future) -> !future.isDone()) || partnerStatuses.size() < 5) {
				partnerStatuses.add(partner.requestToken(null).statusCode());
				Thread.sleep(500);
			}
		}
		assertThat(floodStatuses).as("the flood is refused, never served").doesNotContain(200).contains(429);
		assertThat(floodStatuses).as("and never a server error other than a busy hash queue")
			.allSatisfy((status) -> assertThat(status).isIn(400, 401, 429, 503));
		assertThat(partnerStatuses).as("the good partner at another address keeps getting tokens").containsOnly(200);
	}

	@Test
	@Order(60)
	void aLockedAccountIsAnsweredExactlyLikeAnEmailWithoutAnAccount() throws Exception {
		InetAddress elsewhere = InetAddress.getByName("127.0.0.3");
		String locked = "viewer@highland-harbour.example";
		for (int attempt = 0; attempt < 6; attempt++) {
			new BrowserSession(gateway, elsewhere).logIn(locked, "not-the-password-" + attempt);
		}
		String lockedAnswer = signInError(new BrowserSession(gateway, elsewhere).logIn(locked, "demo-viewer-2026"));
		String unknownAnswer = signInError(
				new BrowserSession(gateway, elsewhere).logIn("nobody@highland-harbour.example", "demo-viewer-2026"));
		assertThat(lockedAnswer).as("a locked account, even with its right password").isNotBlank();
		assertThat(lockedAnswer).as("the same words as for an email without an account").isEqualTo(unknownAnswer);
	}

	@Test
	@Order(90)
	void noOperationOfAnyServiceAnswersMalformedInputWithAServerError() throws Exception {
		PartnerClient prober = E2EPlatform.newPartnerClient("e2e malformed-input probe", "analytics.read",
				"forecasts.read", "forecasts.write", "integrations.read", "integrations.write", "webhooks.manage");
		String token = prober.accessToken();
		Platform platform = E2EPlatform.platform();
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Component component : Component.ALL) {
			if (component.database() == null) {
				continue;
			}
			// Each service's document, read where it is served; every request goes
			// through
			// the gateway, as an attacker's would.
			String document = MalformedInputProbe
				.against(URI.create(platform.baseUrlOf(component.name())), () -> "Bearer " + token)
				.fetch("/v3/api-docs");
			ProbeReport report = MalformedInputProbe.against(URI.create(gateway), () -> "Bearer " + token)
				.onlyPaths((path) -> path.startsWith("/api/") || path.startsWith("/webhooks/"))
				.maxRequestsPerOperation(25)
				.probe(document);
			sent += report.requestsSent();
			if (!report.serverErrors().isEmpty()) {
				failures.add(component.name() + ": " + report);
			}
		}
		assertThat(sent).as("requests sent through the gateway").isPositive();
		assertThat(failures).as("5xx answers to malformed input").isEmpty();
	}

	@Test
	@Order(100)
	void noLogLineOfTheWholeRunHoldsATokenSecretOrPassword() throws Exception {
		// A reset mail is due: its token must not reach any log outside the dev profile.
		HttpResponse<String> reset = HTTP
			.send(HttpRequest.newBuilder(URI.create(gateway + "/api/auth/v1/password-resets"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"viewer@highland-harbour.example\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reset.statusCode()).as(reset.body()).isLessThan(500);
		List<Pattern> secrets = List.of(Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}"),
				Pattern.compile("(?i)bearer [A-Za-z0-9._-]{20,}"), Pattern.compile("(?i)basic [A-Za-z0-9+/=]{12,}"),
				Pattern.compile("(?i)[?&](token|code|state)=[A-Za-z0-9._~%-]{16,}"),
				Pattern.compile(Pattern.quote("demo-") + "(admin|manager|operator|viewer|partner-secret)-2026"),
				Pattern.compile("sentia-[a-z]+-dev-secret"));
		List<String> findings = new ArrayList<>();
		try (Stream<Path> logs = Files.list(E2EPlatform.logsDir())) {
			for (Path log : logs.filter(Files::isRegularFile).toList()) {
				List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
				for (int i = 0; i < lines.size(); i++) {
					for (Pattern secret : secrets) {
						Matcher matcher = secret.matcher(lines.get(i));
						if (matcher.find()) {
							findings.add(log.getFileName() + ":" + (i + 1) + " " + secret + " -> "
									+ lines.get(i).substring(0, Math.min(300, lines.get(i).length())));
						}
					}
				}
			}
		}
		assertThat(findings).as("log lines that leak a secret").isEmpty();
	}

	private static String signInError(HttpResponse<String> page) {
		Matcher error = Pattern.compile("<p[^>]*class=\"alert error\"[^>]*>([^<]*)</p>").matcher(page.body());
		return error.find() ? error.group(1).trim() : "";
	}

	private static long remainingWithForwardedFor(String path, String forwardedFor) throws Exception {
		HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
			.header("X-Forwarded-For", forwardedFor)
			.GET()
			.build(), HttpResponse.BodyHandlers.discarding());
		return Long.parseLong(response.headers()
			.firstValue("X-RateLimit-Remaining")
			.orElseThrow(() -> new AssertionError("no X-RateLimit-Remaining on " + path)));
	}

	private static HttpResponse<String> withOperationsCredential(String url) throws IOException, InterruptedException {
		String basic = Base64.getEncoder()
			.encodeToString((E2EPlatform.OPERATIONS_USER + ":" + E2EPlatform.OPERATIONS_PASSWORD)
				.getBytes(StandardCharsets.UTF_8));
		return HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + basic)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<InetAddress> externalAddresses() throws IOException {
		List<InetAddress> addresses = new ArrayList<>();
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (nic.isUp() && !nic.isLoopback()) {
				nic.inetAddresses()
					.filter((address) -> address instanceof Inet4Address && !address.isLinkLocalAddress())
					.forEach(addresses::add);
			}
		}
		return addresses;
	}

	private static boolean connects(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
