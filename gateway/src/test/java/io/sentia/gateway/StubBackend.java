package io.sentia.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.channel.Channel;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A real HTTP server standing in for one Sentia service (or the registry): answers what a
 * test tells it, per path, and remembers every request it got. It can be stopped and
 * started again on the same port to play a crashed service.
 */
public final class StubBackend {

	/** What a service answers by default on its health endpoint: everything UP. */
	public static final String HEALTHY = """
			{"status":"UP","components":{"db":{"status":"UP"},"kafka":{"status":"UP"},"ping":{"status":"UP"}}}""";

	private final String name;

	private final List<Hit> hits = new CopyOnWriteArrayList<>();

	private final Map<String, Answer> standing = new ConcurrentHashMap<>();

	private final Map<String, Queue<Answer>> queued = new ConcurrentHashMap<>();

	private final Set<Channel> channels = ConcurrentHashMap.newKeySet();

	private final Map<String, Stream> streams = new ConcurrentHashMap<>();

	private final int port;

	private volatile DisposableServer server;

	private StubBackend(String name) {
		this.name = name;
		this.server = bind(0);
		this.port = this.server.port();
	}

	public static StubBackend start(String name) {
		return new StubBackend(name);
	}

	public String url() {
		return "http://localhost:" + this.port;
	}

	/** Answer every request to {@code path} this way until {@link #reset()}. */
	public void answer(String path, Answer answer) {
		this.standing.put(path, answer);
	}

	/**
	 * Answer requests to {@code path} with Server-Sent Events, one chunk after each
	 * {@code gap}, flushed one by one, until {@link #reset()}.
	 */
	public void stream(String path, List<String> chunks, Duration gap) {
		this.streams.put(path, new Stream(List.copyOf(chunks), gap));
	}

	/** Answer the next requests to {@code path} these ways, in order, then as before. */
	public void answerNext(String path, Answer... answers) {
		this.queued.computeIfAbsent(path, (key) -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
	}

	public List<Hit> hits() {
		return List.copyOf(this.hits);
	}

	public List<Hit> hits(String path) {
		return this.hits.stream().filter((hit) -> hit.path().equals(path)).toList();
	}

	/**
	 * Close the port and every open connection, like a crashed process: calls are
	 * refused.
	 */
	public void stop() {
		DisposableServer running = this.server;
		if (running != null) {
			running.disposeNow();
			this.server = null;
		}
		// Disposing the server leaves kept-alive connections open; a crashed process
		// would not.
		this.channels.forEach((channel) -> channel.close().syncUninterruptibly());
		this.channels.clear();
	}

	/** Back to defaults: running, no programmed answers, no recorded hits. */
	public void reset() {
		if (this.server == null) {
			this.server = bind(this.port);
		}
		this.standing.clear();
		this.streams.clear();
		this.queued.clear();
		this.hits.clear();
	}

	private DisposableServer bind(int port) {
		return HttpServer.create().host("localhost").port(port).doOnConnection((connection) -> {
			Channel channel = connection.channel();
			this.channels.add(channel);
			channel.closeFuture().addListener((closed) -> this.channels.remove(channel));
		}).handle(this::handle).bindNow();
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		String path = URI.create(request.uri()).getPath();
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			this.hits.add(new Hit(request.method().name(), request.uri(), path, body,
					request.requestHeaders().get("Authorization"), request.requestHeaders().get("Cookie"),
					request.requestHeaders().get("traceparent")));
			Stream stream = this.streams.get(path);
			if (stream != null) {
				return response.status(200)
					.header("Content-Type", "text/event-stream")
					.sendString(Flux.fromIterable(stream.chunks()).delayElements(stream.gap()), StandardCharsets.UTF_8)
					.then();
			}
			Answer answer = next(path);
			Mono<Void> send = response.status(answer.status())
				.header("Content-Type", answer.contentType())
				.sendString(Mono.just(answer.body()))
				.then();
			return answer.delay().isZero() ? send : Mono.delay(answer.delay()).then(send);
		});
	}

	private Answer next(String path) {
		Queue<Answer> next = this.queued.get(path);
		Answer queuedAnswer = (next != null) ? next.poll() : null;
		if (queuedAnswer != null) {
			return queuedAnswer;
		}
		Answer standingAnswer = this.standing.get(path);
		if (standingAnswer != null) {
			return standingAnswer;
		}
		if (path.equals("/actuator/health")) {
			return Answer.json(200, HEALTHY);
		}
		return Answer.json(200, "{\"service\":\"" + this.name + "\",\"path\":\"" + path + "\"}");
	}

	/** Server-Sent Events a stub sends, one chunk per gap. */
	private record Stream(List<String> chunks, Duration gap) {
	}

	/**
	 * One request the stub received, with the Authorization, Cookie and W3C traceparent
	 * headers it carried (null when absent).
	 */
	public record Hit(String method, String uri, String path, String body, String authorization, String cookie,
			String traceparent) {
	}

	/** One answer the stub gives. */
	public record Answer(int status, String contentType, String body, Duration delay) {

		public static Answer json(int status, String body) {
			return new Answer(status, "application/json", body, Duration.ZERO);
		}

		public static Answer problem(int status, String body) {
			return new Answer(status, "application/problem+json", body, Duration.ZERO);
		}

		/**
		 * A health answer with these component statuses, e.g.
		 * {@code health(503, "DOWN", "UP", "DOWN")}.
		 */
		public static Answer health(int status, String overall, String db, String kafka) {
			return json(status,
					"{\"status\":\"%s\",\"components\":{\"db\":{\"status\":\"%s\"},\"kafka\":{\"status\":\"%s\"}}}"
						.formatted(overall, db, kafka));
		}

		public Answer after(Duration delay) {
			return new Answer(this.status, this.contentType, this.body, delay);
		}

	}

}
