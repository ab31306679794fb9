package io.sentia.servicekit.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.sentia.servicekit.outbox.OutboxRelay;
import io.sentia.servicekit.testapp.SlowTestController;
import io.sentia.servicekit.testapp.TestServiceApplication;
import io.sentia.testkit.Infrastructure;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service stopped under load, as Kubernetes stops a pod (SIGTERM, then
 * {@code terminationGracePeriodSeconds}, 30 s by default): the kit's defaults
 * ({@code server.shutdown=graceful}, 20 s per shutdown phase) let every request the
 * server had accepted finish with its whole answer, refuse new connections rather than
 * answer them with an error, and stop consumers, web server, outbox relay and pools in
 * that order. Each test starts and closes a service of its own on real PostgreSQL and
 * Kafka.
 */
class GracefulShutdownTests {

	private static final Logger log = LoggerFactory.getLogger(GracefulShutdownTests.class);

	private static final int IN_FLIGHT = 16;

	private static final long SLOW_MILLIS = 3000;

	@Test
	void closingMidLoadAnswersEveryAcceptedRequestWholeAndRefusesLaterConnections() throws Exception {
		ConfigurableApplicationContext service = start();
		int port = ((WebServerApplicationContext) service).getWebServer().getPort();
		SlowTestController slow = service.getBean(SlowTestController.class);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
		try {
			List<CompletableFuture<HttpResponse<String>>> accepted = new ArrayList<>();
			for (int i = 0; i < IN_FLIGHT; i++) {
				accepted.add(CompletableFuture.supplyAsync(() -> get(http, port, SLOW_MILLIS), clients));
			}
			await().atMost(Duration.ofSeconds(20)).until(() -> slow.active() == IN_FLIGHT);

			long closing = System.nanoTime();
			CompletableFuture<Void> close = CompletableFuture.runAsync(service::close, clients);
			// Callers keep coming while the service stops: each gets a whole answer or
			// no connection (refused, or reset before a byte of answer while it waited in
			// the listen backlog as the port closed), never an error answer; and the
			// service answered every request it started.
			boolean refused = false;
			List<String> late = new ArrayList<>();
			int notAccepted = 0;
			while (!refused && System.nanoTime() - closing < TimeUnit.SECONDS.toNanos(25)) {
				try {
					String answer = onNewConnection(port);
					if (answer.isEmpty()) {
						notAccepted++;
					}
					else {
						late.add(answer);
					}
				}
				catch (ConnectException ex) {
					refused = true;
				}
			}
			close.get(30, TimeUnit.SECONDS);
			Duration closeTook = Duration.ofNanos(System.nanoTime() - closing);
			log.info(
					"{} slow requests in flight: closed in {} ms; {} later callers answered, {} reset unanswered"
							+ " (still in the listen backlog when the port closed), then connections refused",
					IN_FLIGHT, closeTook.toMillis(), late.size(), notAccepted);

			assertThat(accepted).allSatisfy((answer) -> {
				HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).endsWith(SlowTestController.END);
			});
			assertThat(refused).as("a new connection is refused once the server stopped accepting").isTrue();
			assertThat(slow.started()).as("every request the service started was answered whole")
				.isEqualTo(IN_FLIGHT + late.size());
			assertThat(late).as("callers during the shutdown got a whole answer or no connection")
				.allSatisfy((answer) -> assertThat(answer).startsWith("HTTP/1.1 200").contains(SlowTestController.END));
			assertThat(closeTook).as("closed within a pod's 30 s termination grace period")
				.isLessThan(Duration.ofSeconds(30));
		}
		finally {
			clients.shutdownNow();
			service.close();
		}
	}

	@Test
	void stopsConsumersThenTheWebServerThenTheOutboxRelayThenThePools() {
		try (ConfigurableApplicationContext service = start()) {
			int consumers = service.getBean(KafkaListenerEndpointRegistry.class).getPhase();
			int relay = service.getBean(OutboxRelay.class).getPhase();
			int scheduler = service.getBean("taskScheduler", ThreadPoolTaskScheduler.class).getPhase();

			// Higher phases stop first: listeners finish their batch, the web server
			// drains, the relay sends what they wrote, then the scheduler and pools stop.
			assertThat(consumers).isGreaterThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE);
			assertThat(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE).isGreaterThan(relay);
			assertThat(relay).isGreaterThan(scheduler);
			assertThat(service.getEnvironment().getProperty("server.shutdown")).isEqualTo("graceful");
			assertThat(service.getEnvironment().getProperty("spring.lifecycle.timeout-per-shutdown-phase"))
				.isEqualTo("20s");
		}
	}

	private static ConfigurableApplicationContext start() {
		String database = Infrastructure.postgres().newDatabase(InfrastructureTests.DATABASE_PREFIX);
		Map<String, Object> properties = Map.of("spring.datasource.url", Infrastructure.postgres().jdbcUrl(database),
				"spring.datasource.username", Infrastructure.postgres().username(), "spring.datasource.password",
				Infrastructure.postgres().password(), "spring.kafka.bootstrap-servers",
				Infrastructure.kafka().bootstrapServers(), "eureka.client.enabled", "false",
				"spring.cloud.discovery.enabled", "false", "sentia.security.issuer", TestTokens.issuer(),
				"sentia.security.jwk-set-uri", TestTokens.jwkSetUri(), "server.port", "0");
		// As arguments: default properties would rank below the kit's defaults.
		return new SpringApplicationBuilder(TestServiceApplication.class).run(properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new));
	}

	/**
	 * A short request on a connection of its own (a pooled one could have been closed by
	 * the server meanwhile), read to the end.
	 * @return the raw answer; empty when the connection was reset before a byte of
	 * answer, as the kernel does to connections still in the listen backlog when the
	 * server closes its port (the service never accepted them)
	 * @throws ConnectException when the server refuses the connection
	 */
	private static String onNewConnection(int port) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write("GET /test/slow?millis=10 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			socket.getInputStream().transferTo(answer);
		}
		catch (ConnectException ex) {
			throw ex;
		}
		catch (SocketException ex) {
			if (answer.size() > 0) {
				return answer.toString(StandardCharsets.UTF_8) + "\n[connection reset mid-answer: " + ex + "]";
			}
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> get(HttpClient http, int port, long millis) {
		try {
			return http.send(request(port, millis), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static HttpRequest request(int port, long millis) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/slow?millis=" + millis))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
	}

}
