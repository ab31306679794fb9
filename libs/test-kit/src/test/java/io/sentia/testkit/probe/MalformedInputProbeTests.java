package io.sentia.testkit.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe against a small server with the kinds of fault it must report: a 500 for a
 * {@code null} body and a plain-text 400.
 */
class MalformedInputProbeTests {

	private static final String TOKEN = "Bearer probe-test-token";

	private final Set<String> authorizations = ConcurrentHashMap.newKeySet();

	private final AtomicInteger received = new AtomicInteger();

	private HttpServer server;

	private MalformedInputProbe probe;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
		this.probe = MalformedInputProbe
			.against(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()), () -> TOKEN)
			.onlyPaths((path) -> path.startsWith("/api/things"));
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void reportsTheServerErrorWithMethodPathInputAndAnswer() {
		ProbeReport report = this.probe.probe(MalformedInputGeneratorTests.DOCUMENT);

		assertThat(report.serverErrors()).hasSize(1);
		ProbeFinding finding = report.serverErrors().getFirst();
		assertThat(finding.request().method()).isEqualTo("POST");
		assertThat(finding.request().target()).isEqualTo("/api/things:batch");
		assertThat(finding.request().category()).isEqualTo(InputCategory.NULL_BODY);
		assertThat(finding.status()).isEqualTo(500);
		assertThat(report.toString()).contains("POST /api/things:batch", "NULL_BODY null", "500 application/json",
				"NullPointerException");
		assertThat(report.hasNoServerErrors()).isFalse();
	}

	@Test
	void reportsFourHundredsThatAreNotProblemJsonApart() {
		ProbeReport report = this.probe.probe(MalformedInputGeneratorTests.DOCUMENT);

		// text/plain from the handler for an empty body; text/html from the JDK server
		// itself for targets it cannot parse, which the probe sent over a plain socket.
		assertThat(report.notProblemJson()).isNotEmpty()
			.allSatisfy((finding) -> assertThat(finding.status()).isEqualTo(400))
			.anySatisfy((finding) -> assertThat(finding.request().category()).isEqualTo(InputCategory.EMPTY_BODY))
			.anySatisfy((finding) -> assertThat(finding.request().target()).contains("%zz"));
		assertThat(report.notProblemJson()).extracting(ProbeFinding::contentType)
			.containsOnly("text/plain", "text/html");
	}

	@Test
	void sendsEveryRequestWithTheAuthorizationIncludingBadlyEncodedOnes() {
		ProbeReport report = this.probe.probe(MalformedInputGeneratorTests.DOCUMENT);

		long parseable = this.probe.requests(MalformedInputGeneratorTests.DOCUMENT)
			.stream()
			.filter((request) -> isUri(request.target()))
			.count();
		assertThat(this.received.get()).isEqualTo(parseable).isLessThan(report.requestsSent());
		assertThat(this.authorizations).containsExactly(TOKEN);
		assertThat(report.operations()).isEqualTo(4);
		assertThat(this.probe.requests(MalformedInputGeneratorTests.DOCUMENT))
			.anySatisfy((request) -> assertThat(request.target()).contains("%zz"));
	}

	private static boolean isUri(String target) {
		try {
			new URI(target);
			return true;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.received.incrementAndGet();
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			this.authorizations.add(String.valueOf(authorization));
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getRawPath();
			if (path.equals("/api/things:batch") && body.equals("null")) {
				respond(exchange, 500, "application/json", "{\"error\": \"NullPointerException\"}");
			}
			else if (path.equals("/api/things:batch") && body.isEmpty()) {
				respond(exchange, 400, "text/plain", "no body");
			}
			else {
				respond(exchange, 400, "application/problem+json", "{\"status\": 400}");
			}
		}
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
