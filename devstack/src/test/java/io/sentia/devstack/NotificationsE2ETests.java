package io.sentia.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import io.sentia.events.AlertRaised;
import io.sentia.events.EventHeaders;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static io.sentia.devstack.E2EPlatform.JSON;
import static io.sentia.devstack.E2EPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications on the devstack platform, as people and partners meet them: the demo
 * manager hears of a stock-out risk once by mail and in the feed, a partner's webhook
 * receives a signed delivery that verifies, an unacknowledged critical alert escalates to
 * the ADMIN by mail and in the feed while one acknowledged through the gateway does not,
 * and a password reset arrives as a mail whose link works while no log line holds its
 * token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(7)
class NotificationsE2ETests {

	private static final String MANAGER = "manager@highland-harbour.example";

	private static final String ADMIN = "admin@highland-harbour.example";

	private static final String VIEWER = "viewer@highland-harbour.example";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final List<Received> received = new CopyOnWriteArrayList<>();

	private static HttpServer partner;

	@AfterAll
	static void stopPartner() {
		if (partner != null) {
			partner.stop(0);
		}
	}

	@Test
	@Order(1)
	void aStockOutRiskOfTheForecastRunReachesTheDemoManagerOnceByMailAndInTheFeed() throws Exception {
		E2EPlatform.awaitDemoLoaded();
		AlertRaised alert = eventually(Duration.ofMinutes(10), NotificationsE2ETests::aStockOutRisk);

		List<String> mails = eventually(Duration.ofMinutes(3), () -> {
			List<String> subjects = subjectsOf(MANAGER, alert.title());
			return subjects.isEmpty() ? null : subjects;
		});
		BrowserSession manager = E2EPlatform.signedIn("manager");
		List<JsonNode> items = eventually(Duration.ofMinutes(1), () -> {
			List<JsonNode> found = feedItems(manager, alert.title());
			return found.isEmpty() ? null : found;
		});
		// Nothing more arrives for the same alert while its episode is open.
		Thread.sleep(10_000);

		assertThat(mails).hasSize(1);
		assertThat(subjectsOf(MANAGER, alert.title())).hasSize(1);
		assertThat(items).hasSize(1);
		assertThat(feedItems(manager, alert.title())).hasSize(1);
		assertThat(items.get(0).path("kind").asString()).isEqualTo("stockout_risk");
	}

	@Test
	@Order(2)
	void aPartnersWebhookReceivesASignedAlertAndAnUnacknowledgedCriticalAlertEscalates() throws Exception {
		startPartner();
		BrowserSession manager = E2EPlatform.signedIn("manager");
		HttpResponse<String> subscribed = manager
			.send("POST", "/api/notifications/v1/webhooks", JSON.writeValueAsString(
					Map.of("url", partnerUrl(), "eventTypes", List.of("alert.raised"), "description", "E2E partner")));
		assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
		String secret = JSON.readTree(subscribed.body()).path("secret").asString();
		assertThat(secret).startsWith("whsec_");
		// Critical stock-out risks escalate after a minute unless acknowledged.
		HttpResponse<String> rule = manager.send("POST", "/api/notifications/v1/rules",
				JSON.writeValueAsString(Map.of("name", "E2E fast escalation", "kinds", List.of("stockout_risk"),
						"severities", List.of("critical"), "roles", List.of("MANAGER"), "channels",
						List.of(Map.of("channel", "IN_APP")), "escalateAfterMinutes", 1, "escalationChannel",
						"EMAIL")));
		assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);

		String run = UUID.randomUUID().toString().substring(0, 8);
		AlertRaised acknowledged = criticalAlert("E2E-ACK-" + run);
		AlertRaised unacknowledged = criticalAlert("E2E-ESC-" + run);
		publish(acknowledged);
		publish(unacknowledged);

		Received delivery = eventually(Duration.ofMinutes(2),
				() -> received.stream()
					.filter((one) -> one.body().contains(acknowledged.title()))
					.findFirst()
					.orElse(null));
		assertThat(verifies(delivery, secret)).as("the Standard Webhooks signature of " + delivery.body()).isTrue();
		JsonNode body = JSON.readTree(delivery.body());
		assertThat(body.path("type").asString()).isEqualTo("alert.raised");
		assertThat(body.at("/data/dedupKey").asString()).isEqualTo(acknowledged.dedupKey());

		JsonNode item = eventually(Duration.ofMinutes(1),
				() -> feedItems(manager, acknowledged.title()).stream().findFirst().orElse(null));
		HttpResponse<String> ack = E2EPlatform.operator()
			.send("POST",
					"/api/notifications/v1/notifications/" + item.path("notificationId").asString() + "/acknowledge",
					null);
		assertThat(ack.statusCode()).as(ack.body()).isIn(200, 204);

		// The rule escalates after a minute and the follow-ups run every 30 seconds.
		List<String> escalated = eventually(Duration.ofMinutes(3), () -> {
			List<String> subjects = subjectsOf(ADMIN, "Escalated: " + unacknowledged.title());
			return subjects.isEmpty() ? null : subjects;
		});
		BrowserSession admin = E2EPlatform.admin();
		JsonNode adminItem = eventually(Duration.ofMinutes(1),
				() -> feedItems(admin, unacknowledged.title()).stream().findFirst().orElse(null));
		assertThat(escalated).hasSize(1);
		assertThat(adminItem.path("stage").asString()).isEqualTo("ESCALATED");
		assertThat(subjectsOf(ADMIN, "Escalated: " + acknowledged.title())).isEmpty();
		assertThat(feedItems(admin, acknowledged.title())).isEmpty();
	}

	@Test
	@Order(3)
	void aPasswordResetArrivesAsAMailWhoseLinkWorksAndNoLogHoldsItsToken() throws Exception {
		List<String> tokens = new ArrayList<>();
		String temporary = "E2E-reset-" + UUID.randomUUID();
		tokens.add(reset(VIEWER, temporary, 1));
		BrowserSession viewer = new BrowserSession(E2EPlatform.gateway());
		viewer.logIn(VIEWER, temporary);
		HttpResponse<String> me = viewer.get("/api/me");
		assertThat(me.statusCode()).as("signed in with the new password: " + me.body()).isEqualTo(200);
		// The later scenarios sign in with the demo password: set it back the same way.
		tokens.add(reset(VIEWER, "demo-viewer-2026", 2));

		List<String> findings = new ArrayList<>();
		try (Stream<Path> logs = Files.list(E2EPlatform.logsDir())) {
			for (Path log : logs.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(log, StandardCharsets.ISO_8859_1);
				for (String token : tokens) {
					if (text.contains(token)) {
						findings.add(log.getFileName().toString());
					}
				}
			}
		}
		assertThat(findings).as("logs holding a reset token").isEmpty();
	}

	/**
	 * Asks for a reset through the gateway, waits for the {@code count}th reset mail and
	 * sets the password with its link; answers the link's token.
	 */
	private static String reset(String email, String newPassword, int count) throws Exception {
		HttpResponse<String> asked = HTTP
			.send(HttpRequest.newBuilder(URI.create(E2EPlatform.gateway() + "/api/auth/v1/password-resets"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
		Pattern link = Pattern.compile(Pattern.quote(E2EPlatform.gateway()) + "/login/password/([A-Za-z0-9_-]+)");
		String url = eventually(Duration.ofMinutes(2), () -> {
			List<String> links = new ArrayList<>();
			for (JsonNode mail : mailsOf(email)) {
				Matcher matcher = link.matcher(quotedPrintable(mail.path("mimeMessage").asString()));
				if (matcher.find()) {
					links.add(matcher.group());
				}
			}
			return (links.size() >= count) ? links.get(count - 1) : null;
		});
		// The link opens a page in the browser: its form posts the new password twice.
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).as("a form on " + page.body()).isTrue();
		String form = "newPassword=" + URLEncoder.encode(newPassword, StandardCharsets.UTF_8) + "&confirmPassword="
				+ URLEncoder.encode(newPassword, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> set = browser.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(set.statusCode()).as(set.body()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location").orElse("")).endsWith("/login?password-set");
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/** A stock-out risk the forecast run raised for the demo tenant, if any yet. */
	private static AlertRaised aStockOutRisk() {
		for (ConsumerRecord<String, String> record : KafkaProbe.allRecords("alerts.v1")) {
			AlertRaised alert = readAlert(record);
			if (alert != null && alert.tenantId().equals(E2EPlatform.DEMO_TENANT)
					&& alert.kind().equals("stockout_risk") && !alert.dedupKey().startsWith("E2E-")) {
				return alert;
			}
		}
		return null;
	}

	private static AlertRaised readAlert(ConsumerRecord<String, String> record) {
		var type = record.headers().lastHeader(EventHeaders.TYPE);
		if (type == null || !AlertRaised.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
			return null;
		}
		return JSON.readValue(record.value(), AlertRaised.class);
	}

	private static AlertRaised criticalAlert(String sku) {
		return new AlertRaised(E2EPlatform.DEMO_TENANT, UUID.randomUUID().toString(), "stockout_risk",
				AlertRaised.Severity.CRITICAL, "stockout_risk:" + sku, "Stock-out risk: " + sku + " runs out in 3 days",
				Map.of("sku", sku, "daysOfCover", "3"), "forecasting-service", Instant.now());
	}

	/** Publishes an alert as forecasting-service's outbox does. */
	private static void publish(AlertRaised alert) throws Exception {
		try (KafkaProducer<String, String> producer = KafkaProbe.producer()) {
			ProducerRecord<String, String> record = new ProducerRecord<>(alert.topic(), alert.key(),
					JSON.writeValueAsString(alert));
			record.headers().add(EventHeaders.ID, bytes(UUID.randomUUID().toString()));
			record.headers().add(EventHeaders.TYPE, bytes(AlertRaised.TYPE));
			record.headers().add(EventHeaders.SOURCE, bytes("forecasting-service"));
			record.headers().add(EventHeaders.TIME, bytes(alert.raisedAt().toString()));
			record.headers().add(EventHeaders.TENANT, bytes(alert.tenantId()));
			producer.send(record).get();
		}
	}

	/** The items with a title in the feed of whoever is signed in. */
	private static List<JsonNode> feedItems(BrowserSession session, String title)
			throws IOException, InterruptedException {
		HttpResponse<String> feed = session.get("/api/notifications/v1/feed?size=100");
		assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		JSON.readTree(feed.body()).path("items").forEach((item) -> {
			if (item.path("title").asString().equals(title)) {
				items.add(item);
			}
		});
		return items;
	}

	/** The subjects of the mails a person received that end with a text. */
	private static List<String> subjectsOf(String email, String text) throws IOException, InterruptedException {
		List<String> subjects = new ArrayList<>();
		for (JsonNode mail : mailsOf(email)) {
			String subject = mail.path("subject").asString();
			if (subject.equals(text) || subject.equals("[Critical] " + text)) {
				subjects.add(subject);
			}
		}
		return subjects;
	}

	/** What the devstack mail server holds for an address (GreenMail's REST API). */
	private static List<JsonNode> mailsOf(String email) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI.create(E2EPlatform.platform().mailApiUrl() + "/api/user/" + email + "/messages/"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		List<JsonNode> mails = new ArrayList<>();
		if (response.statusCode() == 200) {
			JSON.readTree(response.body()).forEach(mails::add);
		}
		return mails;
	}

	/** Undoes quoted-printable: soft line breaks and {@code =XX} escapes. */
	private static String quotedPrintable(String text) {
		String joined = text.replace("=\r\n", "").replace("=\n", "");
		StringBuilder decoded = new StringBuilder(joined.length());
		for (int i = 0; i < joined.length(); i++) {
			char c = joined.charAt(i);
			if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
				decoded.append((char) Integer.parseInt(joined.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				decoded.append(c);
			}
		}
		return decoded.toString();
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
	}

	/**
	 * Verifies a delivery as the Standard Webhooks specification tells a receiver to:
	 * HMAC-SHA256 with the base64 secret after {@code whsec_}, over
	 * {@code id.timestamp.body}, compared with each {@code v1,<base64>} of the header.
	 */
	private static boolean verifies(Received delivery, String secret) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		String signed = delivery.id() + "." + delivery.timestamp() + "." + delivery.body();
		String expected = "v1,"
				+ Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(delivery.timestamp()));
		return age < 300 && List.of(delivery.signature().split(" ")).contains(expected);
	}

	/** A partner's receiver on this machine, answering 204 to every delivery. */
	private static synchronized void startPartner() throws IOException {
		if (partner != null) {
			return;
		}
		partner = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		partner.createContext("/hooks", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
					exchange.getRequestHeaders().getFirst("webhook-timestamp"),
					exchange.getRequestHeaders().getFirst("webhook-signature"), body));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		partner.start();
	}

	private static String partnerUrl() {
		return "http://127.0.0.1:" + partner.getAddress().getPort() + "/hooks";
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private record Received(String id, String timestamp, String signature, String body) {
	}

}
