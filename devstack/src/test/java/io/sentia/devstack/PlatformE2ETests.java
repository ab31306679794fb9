package io.sentia.devstack;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the whole platform from the packaged jars (as {@code ./sentia up} does, on
 * shifted ports and its own data folder) and drives it through the gateway only; Kafka is
 * used directly only to redeliver, poison and observe records.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(E2EPlatform.class)
@Order(1)
class PlatformE2ETests {

	private static final String ORDERS_TOPIC = "commerce.orders.v1";

	private static final String FROM = "2024-01-01";

	private static final String TO = "2026-12-31";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final String DEMO_TENANT = "5e471a00-0000-4000-8000-000000000001";

	private static Platform platform;

	private static String gateway;

	/** The demo tenant's reporting partner: reads revenue, forecasts and integrations. */
	private static PartnerClient demoPartner;

	private static String partnerToken;

	/** The demo OPERATOR in a browser, for the write calls the SPA makes. */
	private static BrowserSession operator;

	@BeforeAll
	static void usePlatform() {
		platform = E2EPlatform.platform();
		gateway = platform.gatewayUrl();
		demoPartner = new PartnerClient(platform.issuerUrl(), Devstack.DEMO_PARTNER_ID, Devstack.DEMO_PARTNER_SECRET);
	}

	@Test
	@Order(1)
	void detailedHealthIsUpWhenEverythingRuns() throws Exception {
		JsonNode health = eventually(Duration.ofSeconds(90), () -> {
			HttpResponse<String> response = get("/health/detailed");
			JsonNode body = JSON.readTree(response.body());
			return (response.statusCode() == 200 && "UP".equals(body.path("status").asString())) ? body : null;
		});
		assertThat(health.path("status").asString()).isEqualTo("UP");
	}

	@Test
	@Order(2)
	void revenueThroughTheGatewayMatchesTheDemoDatasetExactly() throws Exception {
		JsonNode dataset = eventually(Duration.ofMinutes(6), () -> {
			HttpResponse<String> response = get("/api/integrations/v1/demo/dataset");
			JsonNode body = (response.statusCode() == 200) ? JSON.readTree(response.body()) : null;
			return (body != null && "loaded".equals(body.path("load").path("state").asString())) ? body : null;
		});
		Map<String, BigDecimal> expectedByRegion = DemoDatasetTotals.byDimension(dataset, "region");
		Map<String, BigDecimal> expectedByChannel = DemoDatasetTotals.byDimension(dataset, "channel");
		assertThat(expectedByRegion).isNotEmpty();
		assertThat(expectedByChannel).isNotEmpty();
		eventually(Duration.ofMinutes(4), () -> revenue("region").equals(expectedByRegion) ? true : null);
		assertThat(revenue("region")).isEqualTo(expectedByRegion);
		assertThat(revenue("channel")).isEqualTo(expectedByChannel);
	}

	@Test
	@Order(3)
	void theSameEventDeliveredTwiceIsCountedOnce() throws Exception {
		Map<String, BigDecimal> before = revenue("region");
		ConsumerRecord<String, String> original = firstRecord(ORDERS_TOPIC);
		try (KafkaProducer<String, String> producer = producer()) {
			ProducerRecord<String, String> again = new ProducerRecord<>(ORDERS_TOPIC, original.key(), original.value());
			for (Header header : original.headers()) {
				again.headers().add(header);
			}
			producer.send(again).get(10, TimeUnit.SECONDS);
		}
		String marker = publishOrderDirectly("e2e-after-duplicate", "12.34");
		eventually(Duration.ofMinutes(2),
				() -> revenue("region").equals(plus(before, "UK:GBP", "12.34")) ? true : null);
		assertThat(revenue("region")).as("only the marker order was added; the redelivery changed nothing")
			.isEqualTo(plus(before, "UK:GBP", "12.34"));
		assertThat(marker).isNotBlank();
	}

	@Test
	@Order(4)
	void aMalformedOrderEventLandsInTheDeadLetterTopicAndConsumptionContinues() throws Exception {
		Map<String, BigDecimal> before = revenue("region");
		String poisonId = UUID.randomUUID().toString();
		try (KafkaProducer<String, String> producer = producer()) {
			ProducerRecord<String, String> poison = new ProducerRecord<>(ORDERS_TOPIC, "e2e:poison",
					"{\"this is\": not json");
			poison.headers().add("ce_id", poisonId.getBytes(StandardCharsets.UTF_8));
			poison.headers().add("ce_type", "sentia.commerce.order.upserted.v1".getBytes(StandardCharsets.UTF_8));
			producer.send(poison).get(10, TimeUnit.SECONDS);
		}
		publishOrderDirectly("e2e-after-poison", "5.00");
		ConsumerRecord<String, String> dead = eventually(Duration.ofMinutes(2),
				() -> findRecord(ORDERS_TOPIC + ".dlt", poisonId));
		assertThat(dead.value()).isEqualTo("{\"this is\": not json");
		assertThat(dead.headers().lastHeader("kafka_dlt-original-topic")).isNotNull();
		eventually(Duration.ofMinutes(2), () -> revenue("region").equals(plus(before, "UK:GBP", "5.00")) ? true : null);
	}

	@Test
	@Order(5)
	void anOrderRecordedWhileKafkaIsDownIsDeliveredWhenItReturns() throws Exception {
		Map<String, BigDecimal> before = revenue("region");
		platform.stopKafka();
		HttpResponse<String> accepted;
		try {
			accepted = operator().send("POST", "/api/integrations/v1/demo/orders",
					"{\"store\":\"shopify-uk\",\"sku\":\"HH-GIN-LD-70\",\"quantity\":2,\"unitPrice\":\"21.50\"}");
		}
		finally {
			platform.startKafka();
		}
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		eventually(Duration.ofMinutes(3),
				() -> revenue("region").equals(plus(before, "UK:GBP", "43.00")) ? true : null);
		assertThat(revenue("region")).isEqualTo(plus(before, "UK:GBP", "43.00"));
	}

	@Test
	@Order(6)
	void aKilledServiceIsReportedAndItsRouteAnswers503UntilItIsBack() throws Exception {
		platform.kill("analytics-service");
		JsonNode degraded = eventually(Duration.ofMinutes(2), () -> {
			HttpResponse<String> response = get("/health/detailed");
			JsonNode body = JSON.readTree(response.body());
			return (response.statusCode() == 200 && "DEGRADED".equals(body.path("status").asString())) ? body : null;
		});
		assertThat(degraded.toString()).contains("analytics-service");
		HttpResponse<String> unavailable = get("/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO);
		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(unavailable.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(unavailable.body()).path("detail").asString()).contains("analytics-service");

		platform.restart("analytics-service");
		eventually(Duration.ofMinutes(2), () -> {
			HttpResponse<String> response = get("/health/detailed");
			return (response.statusCode() == 200
					&& "UP".equals(JSON.readTree(response.body()).path("status").asString())) ? true : null;
		});
		eventually(Duration.ofMinutes(1),
				() -> (get("/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO).statusCode() == 200) ? true : null);
	}

	@Test
	@Order(7)
	void aManagerLogsInThroughTheGatewayReadsRevenueAndLogsOut() throws Exception {
		BrowserSession browser = new BrowserSession(gateway);
		assertThat(browser.get("/api/me").statusCode()).as("no session yet").isEqualTo(401);

		browser.logIn("manager@highland-harbour.example", "demo-manager-2026");
		assertThat(browser.lastHops()).as("the login ends back at the gateway")
			.last()
			.asString()
			.startsWith("GET " + gateway);
		assertThat(browser.cookie("SENTIA_SESSION")).as("the session cookie").isPresent();

		HttpResponse<String> me = browser.get("/api/me");
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(me.body());
		assertThat(body.toString()).contains("manager@highland-harbour.example", DEMO_TENANT, "MANAGER");
		assertThat(me.body()).as("the browser never sees a token").doesNotContain("eyJ");

		HttpResponse<String> revenue = browser.get("/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO);
		assertThat(revenue.statusCode()).as(revenue.body()).isEqualTo(200);

		browser.logOut();
		assertThat(browser.get("/api/me").statusCode()).as("the session is gone after logout").isEqualTo(401);
		assertThat(browser.get("/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO).statusCode()).isEqualTo(401);
	}

	@Test
	@Order(8)
	void aRevokedPartnerClientGetsNoNewTokenAndItsTokenRunsOutOnSchedule() throws Exception {
		BrowserSession admin = new BrowserSession(gateway);
		admin.logIn("admin@highland-harbour.example", "demo-admin-2026");
		HttpResponse<String> created = admin.send("POST", "/api/auth/v1/admin/clients",
				"{\"name\":\"e2e reporting\",\"scopes\":[\"analytics.read\"]}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode client = JSON.readTree(created.body());
		PartnerClient partner = new PartnerClient(platform.issuerUrl(), client.path("clientId").asString(),
				client.path("clientSecret").asString());
		String token = partner.accessToken();
		JsonNode claims = PartnerClient.claims(token);
		assertThat(claims.path("tenant_id").asString()).isEqualTo(DEMO_TENANT);
		assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).as("access token lifetime, s")
			.isLessThanOrEqualTo(600);
		String revenuePath = gateway + "/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO;
		assertThat(PartnerClient.get(revenuePath, token).statusCode()).isEqualTo(200);

		HttpResponse<String> revoked = admin.send("DELETE",
				"/api/auth/v1/admin/clients/" + client.path("clientId").asString(), null);
		assertThat(revoked.statusCode()).as(revoked.body()).isIn(200, 204);

		HttpResponse<String> refused = partner.requestToken(null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
		assertThat(refused.body()).contains("invalid_client");
		assertThat(PartnerClient.get(revenuePath, token).statusCode())
			.as("a token already issued stays valid until its exp, at most minutes away")
			.isEqualTo(200);
	}

	@Test
	@Order(9)
	void rotatingTheSigningKeyKeepsSessionsAndIssuedTokensWorking() throws Exception {
		BrowserSession manager = new BrowserSession(gateway);
		manager.logIn("manager@highland-harbour.example", "demo-manager-2026");
		String revenuePath = "/api/analytics/v1/revenue?from=" + FROM + "&to=" + TO;
		assertThat(manager.get(revenuePath).statusCode()).isEqualTo(200);
		String before = demoPartner.accessToken();

		PartnerClient platformOperator = new PartnerClient(platform.issuerUrl(), "sentia-platform",
				"sentia-platform-dev-secret");
		String operatorToken = platformOperator.accessToken();
		HttpResponse<String> rotated = HTTP
			.send(HttpRequest.newBuilder(URI.create(platform.issuerUrl() + "/api/auth/v1/platform/signing-keys:rotate"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + operatorToken)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(rotated.statusCode()).as(rotated.body()).isIn(200, 201, 204);

		String after = demoPartner.accessToken();
		assertThat(PartnerClient.header(after).path("kid").asString()).as("new tokens are signed with the new key")
			.isNotEqualTo(PartnerClient.header(before).path("kid").asString());
		assertThat(PartnerClient.get(gateway + revenuePath, after).statusCode()).isEqualTo(200);
		assertThat(PartnerClient.get(gateway + revenuePath, before).statusCode())
			.as("a token signed with the previous key still verifies")
			.isEqualTo(200);
		assertThat(manager.get(revenuePath).statusCode()).as("the logged-in session keeps working").isEqualTo(200);
	}

	@Test
	@Order(20)
	void theDemoTenantIsForecastPlannedAndItsLargeOrdersWaitForApproval() throws Exception {
		BrowserSession operator = operator();
		HttpResponse<String> started = operator.send("POST", "/api/forecasting/v1/runs", null);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String run = JSON.readTree(started.body()).path("id").asString();
		JsonNode finished = eventually(Duration.ofMinutes(8), () -> {
			JsonNode body = JSON.readTree(get("/api/forecasting/v1/runs/" + run).body());
			String status = body.path("status").asString();
			return (status.equals("succeeded") || status.equals("failed")) ? body : null;
		});
		assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("succeeded");

		JsonNode series = JSON.readTree(get("/api/forecasting/v1/series?level=bottom&limit=1000").body());
		List<String> channelRegions = new ArrayList<>();
		series.path("series").forEach((one) -> {
			channelRegions.add(one.path("channel").asString() + ":" + one.path("region").asString());
			if (one.path("historyWeeks").asInt() >= 20) {
				assertThat(one.path("beatsNaive").isBoolean()).as("%s compared with naive", one.path("key")).isTrue();
			}
		});
		JsonNode dataset = JSON.readTree(get("/api/integrations/v1/demo/dataset").body());
		dataset.path("bySalesChannel")
			.forEach((row) -> assertThat(channelRegions).as("series of every sales channel")
				.contains(row.path("channel").asString() + ":" + row.path("region").asString()));

		JsonNode plans = JSON.readTree(get("/api/forecasting/v1/plans").body());
		assertThat(plans.path("run").asString()).isEqualTo(run);
		assertThat(plans.path("plans").size()).isPositive();
		plans.path("plans").forEach(PlanArithmetic::assertConsistent);

		List<JsonNode> open = new ArrayList<>();
		JSON.readTree(get("/api/forecasting/v1/suggestions?status=open").body()).forEach(open::add);
		assertThat(open).as("the demo's thin stock needs orders").isNotEmpty();
		JsonNode large = open.stream()
			.filter((suggestion) -> suggestion.path("requiresApproval").asBoolean())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no suggestion above the 1000 threshold: " + open));
		String execute = "/api/forecasting/v1/suggestions/" + large.path("id").asString() + "/execute";
		HttpResponse<String> refused = operator.send("POST", execute, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);

		BrowserSession manager = new BrowserSession(gateway);
		manager.logIn("manager@highland-harbour.example", "demo-manager-2026");
		HttpResponse<String> approved = manager.send("POST",
				"/api/forecasting/v1/suggestions/" + large.path("id").asString() + "/approve",
				"{\"reason\":\"Seasonal build agreed\"}");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		HttpResponse<String> executed = operator.send("POST", execute, "{\"reason\":\"PO-DEMO-1\"}");
		assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
		assertThat(JSON.readTree(executed.body()).path("status").asString()).isEqualTo("executed");
	}

	/**
	 * Revenue per group and currency, e.g. {@code UK:GBP -> 1234.50}, read through the
	 * gateway.
	 */
	private static Map<String, BigDecimal> revenue(String groupBy) throws Exception {
		HttpResponse<String> response = get(
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

	private static Map<String, BigDecimal> plus(Map<String, BigDecimal> totals, String key, String amount) {
		Map<String, BigDecimal> result = new HashMap<>(totals);
		result.merge(key, new BigDecimal(amount), BigDecimal::add);
		result.replaceAll((k, value) -> value.stripTrailingZeros());
		return result;
	}

	/**
	 * Publishes a well-formed order straight to the topic, as a second producer would.
	 */
	private static String publishOrderDirectly(String orderId, String amount) throws Exception {
		String tenant = "5e471a00-0000-4000-8000-000000000001";
		String now = java.time.Instant.now().toString();
		String payload = """
				{"tenantId":"%s","orderId":"%s","source":"e2e","channel":"shopify","region":"UK","store":"e2e",
				 "status":"fulfilled","orderedAt":"2026-10-30T10:00:00Z","updatedAt":"%s","currency":"GBP",
				 "lines":[{"lineId":"1","sku":"HH-GIN-70","quantity":1,
				 "unitPrice":{"amount":"%s","currency":"GBP"},"lineTotal":{"amount":"%s","currency":"GBP"}}],
				 "total":{"amount":"%s","currency":"GBP"}}
				""".formatted(tenant, orderId, now, amount, amount, amount);
		try (KafkaProducer<String, String> producer = producer()) {
			ProducerRecord<String, String> record = new ProducerRecord<>(ORDERS_TOPIC, tenant + ":e2e:e2e:" + orderId,
					payload);
			record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
			record.headers().add("ce_type", "sentia.commerce.order.upserted.v1".getBytes(StandardCharsets.UTF_8));
			record.headers().add("ce_source", "e2e-test".getBytes(StandardCharsets.UTF_8));
			record.headers().add("ce_time", now.getBytes(StandardCharsets.UTF_8));
			record.headers().add("ce_tenant", tenant.getBytes(StandardCharsets.UTF_8));
			producer.send(record).get(10, TimeUnit.SECONDS);
		}
		return orderId;
	}

	private static ConsumerRecord<String, String> firstRecord(String topic) {
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					return record;
				}
			}
		}
		throw new AssertionError("No record on " + topic);
	}

	private static ConsumerRecord<String, String> findRecord(String topic, String ceId) {
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					Header id = record.headers().lastHeader("ce_id");
					if (id != null && ceId.equals(new String(id.value(), StandardCharsets.UTF_8))) {
						return record;
					}
				}
			}
		}
		return null;
	}

	private static KafkaProducer<String, String> producer() {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		return new KafkaProducer<>(props);
	}

	private static KafkaConsumer<String, String> consumer() {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		return new KafkaConsumer<>(props);
	}

	/**
	 * A GET through the gateway as the demo partner; the operations endpoints need no
	 * token, and a token that expired meanwhile is replaced once.
	 */
	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		if (!path.startsWith("/api/")) {
			return HTTP.send(
					HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		if (partnerToken == null) {
			partnerToken = demoPartner.accessToken();
		}
		HttpResponse<String> response = PartnerClient.get(gateway + path, partnerToken);
		if (response.statusCode() == 401) {
			partnerToken = demoPartner.accessToken();
			response = PartnerClient.get(gateway + path, partnerToken);
		}
		return response;
	}

	private static BrowserSession operator() throws IOException, InterruptedException {
		if (operator == null) {
			operator = new BrowserSession(gateway);
			operator.logIn("operator@highland-harbour.example", "demo-operator-2026");
		}
		return operator;
	}

	private static <T> T eventually(Duration timeout, Callable<T> check) throws Exception {
		return E2EPlatform.eventually(timeout, check);
	}

}
