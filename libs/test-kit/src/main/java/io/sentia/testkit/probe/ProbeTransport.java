package io.sentia.testkit.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;

/**
 * Sends the probe's requests. {@link HttpClient} for every request it can express; a
 * plain HTTP/1.1 exchange over a socket for targets {@link URI} refuses (invalid
 * percent-encoding), since those are exactly the ones a hostile client sends.
 */
final class ProbeTransport {

	private static final int MAX_ANSWER_BYTES = 64 * 1024;

	private final URI baseUrl;

	private final Supplier<String> authorization;

	private final Duration timeout;

	private final HttpClient client;

	ProbeTransport(URI baseUrl, Supplier<String> authorization, Duration timeout) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
		this.timeout = timeout;
		this.client = newClient(timeout);
	}

	private static HttpClient newClient(Duration timeout) {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Sends a request and returns the answer; a broken or timed-out exchange answers
	 * status {@code -1} with the error as body.
	 */
	Answer send(ProbeRequest request) {
		String url = base() + request.target();
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return sendRaw(request);
		}
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Authorization", this.authorization.get());
		request.headers().forEach(builder::header);
		builder.method(request.method(), (request.body() != null)
				? HttpRequest.BodyPublishers.ofByteArray(request.body()) : HttpRequest.BodyPublishers.noBody());
		try {
			return answer(this.client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray()));
		}
		catch (IOException firstFailure) {
			// A pooled connection the server closed after its previous answer (a 400 sent
			// before the body was read) can swallow the next request on the client side:
			// try once more on a fresh connection, and report a server that still does
			// not answer.
			try (HttpClient fresh = newClient(this.timeout)) {
				return answer(fresh.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray()));
			}
			catch (IOException ex) {
				return new Answer(-1, null, ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while probing", ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while probing", ex);
		}
	}

	private static Answer answer(HttpResponse<byte[]> response) {
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
				excerpt(response.body(), response.body().length));
	}

	/** GET with the authorization, for the API document. */
	String get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(this.timeout)
			.header("Authorization", this.authorization.get())
			.header("Accept", "application/json")
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"GET " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + path, ex);
		}
	}

	private Answer sendRaw(ProbeRequest request) {
		boolean tls = "https".equalsIgnoreCase(this.baseUrl.getScheme());
		int port = (this.baseUrl.getPort() > 0) ? this.baseUrl.getPort() : (tls ? 443 : 80);
		String host = this.baseUrl.getHost();
		byte[] body = (request.body() != null) ? request.body() : new byte[0];
		StringBuilder head = new StringBuilder().append(request.method())
			.append(' ')
			.append(basePath())
			.append(request.target())
			.append(" HTTP/1.1\r\nHost: ")
			.append(host)
			.append(':')
			.append(port)
			.append("\r\nConnection: close\r\nAuthorization: ")
			.append(this.authorization.get())
			.append("\r\n");
		for (Map.Entry<String, String> header : request.headers().entrySet()) {
			head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
		}
		if (request.body() != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket(host, port) : new Socket(host, port)) {
			socket.setSoTimeout((int) this.timeout.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] answer = in.readNBytes(MAX_ANSWER_BYTES);
			return parse(answer);
		}
		catch (IOException ex) {
			return new Answer(-1, null, ex.toString());
		}
	}

	private static Answer parse(byte[] answer) {
		String text = new String(answer, StandardCharsets.ISO_8859_1);
		int headEnd = text.indexOf("\r\n\r\n");
		String head = (headEnd >= 0) ? text.substring(0, headEnd) : text;
		String[] lines = head.split("\r\n");
		String[] statusLine = lines[0].split(" ", 3);
		if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
			return new Answer(-1, null, "not an HTTP answer: " + excerpt(answer, answer.length));
		}
		int status;
		try {
			status = Integer.parseInt(statusLine[1]);
		}
		catch (NumberFormatException ex) {
			return new Answer(-1, null, "not an HTTP answer: " + lines[0]);
		}
		String contentType = null;
		boolean chunked = false;
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			String name = (colon > 0) ? lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
			String value = (colon > 0) ? lines[i].substring(colon + 1).trim() : "";
			if (name.equals("content-type")) {
				contentType = value;
			}
			chunked |= name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked");
		}
		String body = (headEnd >= 0) ? text.substring(headEnd + 4) : "";
		if (chunked) {
			body = dechunk(body);
		}
		else {
			body = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		}
		return new Answer(status, contentType, (body.length() > ProbeFinding.BODY_EXCERPT)
				? body.substring(0, ProbeFinding.BODY_EXCERPT) + "…" : body);
	}

	/** Joins the chunks of a chunked body, as far as they were read. */
	private static String dechunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (at < chunked.length()) {
			int lineEnd = chunked.indexOf("\r\n", at);
			if (lineEnd < 0) {
				break;
			}
			int size;
			try {
				size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
			}
			catch (NumberFormatException ex) {
				break;
			}
			int start = lineEnd + 2;
			if (size == 0 || start >= chunked.length()) {
				break;
			}
			body.append(chunked, start, Math.min(start + size, chunked.length()));
			at = start + size + 2;
		}
		return new String(body.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
	}

	private static String excerpt(byte[] body, int length) {
		String text = new String(body, 0, Math.min(length, ProbeFinding.BODY_EXCERPT), StandardCharsets.UTF_8);
		return (length > ProbeFinding.BODY_EXCERPT) ? text + "…" : text;
	}

	private String base() {
		String url = this.baseUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private String basePath() {
		String path = this.baseUrl.getRawPath();
		if (path == null) {
			return "";
		}
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	/**
	 * An answer.
	 *
	 * @param status the status, {@code -1} for none
	 * @param contentType its content type
	 * @param body the start of its body
	 */
	record Answer(int status, @Nullable String contentType, String body) {

	}

}
