package io.sentia.notifications.feed;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams of this instance, per user: new items and unread
 * counts are pushed to every stream of their user; a comment every {@code heartbeat}
 * keeps idle connections open through proxies. A stream that cannot be written to is
 * dropped; the browser's EventSource reconnects.
 */
class FeedStreams {

	/** Event name of a new item. */
	static final String ITEM = "item";

	/** Event name of the unread count. */
	static final String COUNT = "count";

	private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	private final Duration timeout;

	FeedStreams(Duration timeout) {
		this.timeout = timeout;
	}

	SseEmitter open(String tenantId, String userId, long unread) {
		SseEmitter emitter = new SseEmitter(this.timeout.toMillis());
		String key = key(tenantId, userId);
		Set<SseEmitter> emitters = this.streams.computeIfAbsent(key, (ignored) -> new CopyOnWriteArraySet<>());
		emitters.add(emitter);
		Runnable remove = () -> emitters.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		send(emitter, emitters,
				SseEmitter.event().name(COUNT).data(Map.of("unread", unread), MediaType.APPLICATION_JSON));
		return emitter;
	}

	void push(String tenantId, String userId, FeedItem item, long unread) {
		Set<SseEmitter> emitters = this.streams.get(key(tenantId, userId));
		if (emitters == null) {
			return;
		}
		for (SseEmitter emitter : List.copyOf(emitters)) {
			if (send(emitter, emitters,
					SseEmitter.event().name(ITEM).id(item.id().toString()).data(item, MediaType.APPLICATION_JSON))) {
				send(emitter, emitters,
						SseEmitter.event().name(COUNT).data(Map.of("unread", unread), MediaType.APPLICATION_JSON));
			}
		}
	}

	void heartbeat() {
		this.streams.values()
			.forEach((emitters) -> List.copyOf(emitters)
				.forEach((emitter) -> send(emitter, emitters, SseEmitter.event().comment("keep-alive"))));
	}

	int open() {
		return this.streams.values().stream().mapToInt(Set::size).sum();
	}

	private static boolean send(SseEmitter emitter, Set<SseEmitter> emitters, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
			return true;
		}
		catch (IOException | IllegalStateException ex) {
			emitters.remove(emitter);
			emitter.completeWithError(ex);
			return false;
		}
	}

	private static String key(String tenantId, String userId) {
		return tenantId + "\u0000" + userId;
	}

}
