package io.sentia.servicekit.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.sentia.servicekit.testapp.Http;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no well-behaved client sends (bad percent-encoding, encoded NUL, deep JSON,
 * unknown charsets, the error path itself) answer 4xx problem+json, never 500 or Tomcat's
 * HTML page. Sent over a plain socket: {@code java.net.URI} refuses to build most of
 * them.
 */
class ClientErrorProblemsTests extends ServiceKitTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void namesAQueryParameterThatIsNotPercentEncodedUtf8() throws IOException {
		for (String value : new String[] { "%zz", "%", "%C3%28" }) {
			RawAnswer answer = send("GET /test/orders?limit=" + value, null, null);

			JsonNode problem = answer.problem(400);
			assertThat(problem.get("type").asString()).isEqualTo(ProblemType.INVALID_PARAMETER.uri().toString());
			assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("limit");
		}
	}

	@Test
	void answersTomcatsOwnRefusalOfAPathAsProblemJson() throws IOException {
		for (String path : new String[] { "/test/orders/%00", "/test/orders/%zz" }) {
			JsonNode problem = send("GET " + path, null, null).problem(400);

			assertThat(problem.get("detail").asString()).contains("percent-encoded UTF-8");
		}
	}

	@Test
	void answersADirectRequestForTheErrorPathWith404() {
		JsonNode problem = Http.json(problemResponse(http().get("/error"), 404));

		assertThat(problem.get("type").asString()).isEqualTo(ProblemType.NOT_FOUND.uri().toString());
		assertThat(Http.json(problemResponse(http().post("/error", "null"), 404)).get("status").asInt()).isEqualTo(404);
	}

	@Test
	void refusesJsonNestedBeyondTheParserLimit() throws IOException {
		String body = "[".repeat(10_000) + "]".repeat(10_000);

		JsonNode problem = send("POST /test/orders", "application/json", body).problem(400);

		assertThat(problem.get("type").asString()).isEqualTo(ProblemType.UNREADABLE_BODY.uri().toString());
	}

	@Test
	void refusesAnUnknownCharsetWithoutAServerError() throws IOException {
		RawAnswer answer = send("POST /test/orders", "application/json;charset=no-such-charset", "{}");

		assertThat(answer.status()).isBetween(400, 499);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	private static HttpResponse<String> problemResponse(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		return response;
	}

	private RawAnswer send(String requestLine, String contentType, String body) throws IOException {
		byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost\r\n")
			.append("Connection: close\r\n");
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(bytes.length).append("\r\n");
		}
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(bytes);
			out.flush();
			InputStream in = socket.getInputStream();
			return RawAnswer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private record RawAnswer(int status, String contentType, String body) {

		static RawAnswer parse(String answer) {
			int headEnd = answer.indexOf("\r\n\r\n");
			String[] head = answer.substring(0, headEnd).split("\r\n");
			String contentType = "";
			boolean chunked = false;
			for (String line : head) {
				String lower = line.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-type:")) {
					contentType = line.substring(line.indexOf(':') + 1).trim();
				}
				chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
			}
			String body = answer.substring(headEnd + 4);
			if (chunked) {
				// One chunk is enough for a problem: size line, data, terminator.
				int sizeEnd = body.indexOf("\r\n");
				int size = Integer.parseInt(body.substring(0, sizeEnd).trim(), 16);
				body = new String(body.substring(sizeEnd + 2).getBytes(StandardCharsets.UTF_8), 0, size,
						StandardCharsets.UTF_8);
			}
			return new RawAnswer(Integer.parseInt(head[0].split(" ")[1]), contentType, body);
		}

		JsonNode problem(int expectedStatus) {
			assertThat(this.status).as(this.body).isEqualTo(expectedStatus);
			assertThat(this.contentType).as(this.body).startsWith("application/problem+json");
			return JSON.readTree(this.body);
		}

	}

}
