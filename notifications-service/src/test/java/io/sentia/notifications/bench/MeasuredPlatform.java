package io.sentia.notifications.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.sentia.events.AlertRaised;
import io.sentia.events.EventHeaders;
import io.sentia.events.MemberChanged;
import io.sentia.events.SentiaEvent;
import io.sentia.events.TenantCreated;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * notifications-service as the platform runs it, on the test kit's PostgreSQL, Kafka and
 * Redis, with the receivers its channels talk to on this machine: a real SMTP server
 * (GreenMail, in-process) and a partner's webhook receiver (the JDK's HTTP server). Each
 * receiver notes when each alert's message arrived (alerts are numbered in their dedup
 * key, {@code BENCH-<n>}); the in-app feed is read the way the web app reads it, on the
 * live stream of each recipient.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"sentia.notifications.webhooks.allow-private-targets=true", "logging.level.io.sentia.notifications=WARN" })
abstract class MeasuredPlatform extends InfrastructureTests {

	static final Pattern NUMBER = Pattern.compile("BENCH-(\\d+)");

	private static final GreenMail smtp = startSmtp();

	private static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();

	/** Arrival time (epoch ms) of each alert's mail, by alert number. */
	static final ConcurrentMap<Integer, Long> mailed = new ConcurrentHashMap<>();

	/** Arrival time of each alert's first feed item, by alert number. */
	static final ConcurrentMap<Integer, Long> fed = new ConcurrentHashMap<>();

	/** Every webhook request received, in arrival order. */
	static final List<Received> hooked = new CopyOnWriteArrayList<>();

	/** Whether the webhook receiver answers 503 (down) or 204. */
	static final AtomicBoolean receiverDown = new AtomicBoolean();

	private static final HttpServer receiver = startReceiver();

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	KafkaProducer<String, String> producer;

	private final List<InputStream> streams = new ArrayList<>();

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@BeforeEach
	void openProducer() {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
	}

	@AfterEach
	void close() throws IOException {
		this.producer.close();
		for (InputStream stream : this.streams) {
			stream.close();
		}
	}

	@AfterAll
	static void stopReceivers() {
		receiver.stop(0);
		smtp.stop();
	}

	/**
	 * A tenant with one MANAGER (the default rules mail and feed them stock-out risks).
	 */
	String tenantWithManager(int index) {
		String tenant = java.util.UUID.randomUUID().toString();
		publish(new TenantCreated(tenant, "Bench tenant " + index, "bench-" + tenant.substring(0, 8), "GBP",
				"Europe/London", Instant.now()));
		String manager = java.util.UUID.randomUUID().toString();
		publish(new MemberChanged(tenant, manager, "manager-" + index + "@bench.sentia.example", "Manager " + index,
				List.of("MANAGER"), true, "en-GB", Instant.now()));
		awaitRows("SELECT count(*) FROM member WHERE tenant_id = '" + tenant + "'", (count) -> count == 1);
		return tenant;
	}

	/** Subscribes the tenant's partner to {@code alert.raised} at the local receiver. */
	void subscribeWebhook(String tenant) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/notifications/v1/webhooks"))
			.header("Authorization", TestTokens.bearer(TestTokens.userClaims(tenant, "ADMIN").sign()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(
					Map.of("url", receiverUrl(tenant), "eventTypes", List.of("alert.raised"), "description", "bench"))))
			.build();
		HttpResponse<String> created = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		// 503: the signing keys did not answer in time (a loaded machine); as a client
		// would,
		// try again after the Retry-After.
		for (int attempt = 0; created.statusCode() == 503 && attempt < 10; attempt++) {
			sleep(5_000);
			created = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		if (created.statusCode() != 201) {
			throw new IllegalStateException("Could not subscribe: " + created.body());
		}
	}

	/** Reads a recipient's live feed as the web app does, noting each alert's arrival. */
	void followFeed(String tenant) throws Exception {
		String manager = this.jdbc.sql("SELECT user_id FROM member WHERE tenant_id = ?")
			.param(tenant)
			.query(String.class)
			.single();
		HttpResponse<InputStream> response = HTTP.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/notifications/v1/feed/stream"))
			.header("Authorization",
					TestTokens.bearer(TestTokens.userClaims(tenant, "MANAGER").subject(manager).sign()))
			.header("Accept", "text/event-stream")
			.build(), HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The feed stream answered " + response.statusCode());
		}
		this.streams.add(response.body());
		Thread.ofPlatform().daemon().start(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					Matcher number = NUMBER.matcher(line);
					if (line.startsWith("data:") && number.find()) {
						fed.putIfAbsent(Integer.parseInt(number.group(1)), System.currentTimeMillis());
					}
				}
			}
			catch (IOException ex) {
				// The stream was closed at the end of the run.
			}
		});
	}

	/**
	 * Publishes a warning-level stock-out risk numbered {@code number} as
	 * forecasting-service's outbox relay does, and answers when it was on Kafka.
	 */
	long publishAlert(String tenant, int number) {
		AlertRaised alert = new AlertRaised(tenant, java.util.UUID.randomUUID().toString(), "stockout_risk",
				AlertRaised.Severity.WARNING, "stockout_risk:BENCH-" + number, "Stock-out risk: BENCH-" + number,
				Map.of("sku", "BENCH-" + number, "daysOfCover", "6"), "forecasting-service", Instant.now());
		return publish(alert);
	}

	long publish(SentiaEvent event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(),
				this.json.writeValueAsString(event));
		record.headers().add(EventHeaders.ID, bytes(java.util.UUID.randomUUID().toString()));
		record.headers().add(EventHeaders.TYPE, bytes(event.eventType()));
		record.headers().add(EventHeaders.SOURCE, bytes("bench"));
		record.headers().add(EventHeaders.TIME, bytes(Instant.now().toString()));
		record.headers().add(EventHeaders.TENANT, bytes(event.tenantId()));
		try {
			return this.producer.send(record).get().timestamp();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish to " + event.topic(), ex);
		}
	}

	void awaitRows(String countSql, IntPredicate done) {
		long until = System.currentTimeMillis() + 60_000;
		while (!done.test(this.jdbc.sql(countSql).query(Integer.class).single())) {
			if (System.currentTimeMillis() > until) {
				throw new IllegalStateException("Timed out waiting for " + countSql);
			}
			sleep(100);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The p-th percentile (nearest rank) of some latencies. */
	static long percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return -1;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	/** Latencies from each alert's time on Kafka to its arrival, sorted. */
	static List<Long> latencies(Map<Integer, Long> sent, Map<Integer, Long> arrived) {
		List<Long> latencies = new ArrayList<>();
		sent.forEach((number, at) -> {
			Long came = arrived.get(number);
			if (came != null) {
				latencies.add(came - at);
			}
		});
		Collections.sort(latencies);
		return latencies;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	static void report(String line, String defaultFile) throws IOException {
		Path report = Path.of(System.getProperty("sentia.measure.report", defaultFile));
		Files.createDirectories(report.toAbsolutePath().getParent());
		Files.writeString(report, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		System.out.println("MEASURED " + line);
	}

	String receiverUrl(String tenant) {
		return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/" + tenant;
	}

	private static GreenMail startSmtp() {
		GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		MessageDeliveryHandler store = mail.getManagers().getUserManager().getMessageDeliveryHandler();
		mail.getManagers().getUserManager().setMessageDeliveryHandler((message, address) -> {
			Matcher number = NUMBER.matcher(String.valueOf(message.getMessage().getSubject()));
			if (number.find()) {
				mailed.putIfAbsent(Integer.parseInt(number.group(1)), System.currentTimeMillis());
			}
			return store.handle(message, address);
		});
		return mail;
	}

	private static HttpServer startReceiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.setExecutor(Executors.newFixedThreadPool(8));
			server.createContext("/hooks/", (exchange) -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				boolean down = receiverDown.get();
				hooked.add(new Received(System.currentTimeMillis(), exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst("webhook-id"), body, !down));
				exchange.sendResponseHeaders(down ? 503 : 204, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/** The alert number in a webhook body, or -1. */
	static int numberIn(String body) {
		Matcher number = NUMBER.matcher(body);
		return number.find() ? Integer.parseInt(number.group(1)) : -1;
	}

	/**
	 * A webhook request as the receiver saw it.
	 *
	 * @param at arrival (epoch ms)
	 * @param path the path (names the tenant)
	 * @param id {@code webhook-id}
	 * @param body the payload
	 * @param accepted whether it was answered 2xx
	 */
	record Received(long at, String path, String id, String body, boolean accepted) {
	}

}
