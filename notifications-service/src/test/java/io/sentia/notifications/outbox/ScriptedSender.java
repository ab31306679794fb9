package io.sentia.notifications.outbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelSender;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;

/**
 * A channel's receiver as the dispatcher sees it: answers what each target is scripted to
 * answer (then delivered), and remembers every attempt in order. The protocols themselves
 * are the channels' tests.
 */
class ScriptedSender implements ChannelSender {

	private final Channel channel;

	private final Map<String, Deque<SendResult>> scripts = new ConcurrentHashMap<>();

	private final Map<String, SendResult> always = new ConcurrentHashMap<>();

	final List<String> attempts = new CopyOnWriteArrayList<>();

	final List<String> disabled = new CopyOnWriteArrayList<>();

	ScriptedSender(Channel channel) {
		this.channel = channel;
	}

	ScriptedSender then(String targetId, SendResult result) {
		this.scripts.computeIfAbsent(targetId, (id) -> new ArrayDeque<>()).add(result);
		return this;
	}

	ScriptedSender always(String targetId, SendResult result) {
		this.always.put(targetId, result);
		return this;
	}

	List<UUID> attemptsAt(String targetId) {
		return this.attempts.stream()
			.filter((attempt) -> attempt.startsWith(targetId + " "))
			.map((attempt) -> UUID.fromString(attempt.substring(targetId.length() + 1)))
			.toList();
	}

	@Override
	public Channel channel() {
		return this.channel;
	}

	@Override
	public SendResult send(Target target, Message message) {
		this.attempts.add(target.id() + " " + message.deliveryId());
		SendResult fixed = this.always.get(target.id());
		if (fixed != null) {
			return fixed;
		}
		Deque<SendResult> script = this.scripts.get(target.id());
		SendResult next = (script != null) ? script.poll() : null;
		return (next != null) ? next : new SendResult.Delivered(200, Duration.ofMillis(3));
	}

	@Override
	public void disable(String tenantId, Target target, String reason) {
		this.disabled.add(target.id() + ": " + reason);
	}

}
