package io.sentia.notifications.channels.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.sentia.notifications.channels.OutboundPost;
import io.sentia.notifications.channels.TargetAddresses;
import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelSender;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Posts a delivery to a partner's webhook subscription, signed as Standard Webhooks says:
 * body {@code {"type", "timestamp", "data"}}, headers {@code webhook-id} (the delivery
 * id, the same on every attempt), {@code webhook-timestamp} (seconds, of this attempt)
 * and {@code webhook-signature} (one {@code v1,} signature per valid secret). The address
 * is checked again before each attempt.
 */
@Component
public class WebhookSender implements ChannelSender {

	static final String ID_HEADER = "webhook-id";

	static final String TIMESTAMP_HEADER = "webhook-timestamp";

	static final String SIGNATURE_HEADER = "webhook-signature";

	private final WebhookSubscriptions subscriptions;

	private final TargetAddresses addresses;

	private final OutboundPost post;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	WebhookSender(WebhookSubscriptions subscriptions, TargetAddresses addresses, OutboundPost post, JsonMapper json) {
		this.subscriptions = subscriptions;
		this.addresses = addresses;
		this.post = post;
		this.json = json;
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public SendResult send(Target target, Message message) {
		Optional<WebhookSubscription> subscription = this.subscriptions.lookup(message.tenantId(), target.id());
		if (subscription.isEmpty()) {
			return new SendResult.Rejected("the tenant has no webhook subscription " + target.id() + " (deleted?)",
					null, Duration.ZERO);
		}
		if (!subscription.get().enabled()) {
			return new SendResult.Rejected(
					"the webhook subscription is disabled: " + subscription.get().disabledReason(), null,
					Duration.ZERO);
		}
		return deliver(message.tenantId(), subscription.get(), message);
	}

	/**
	 * Marks the subscription disabled with the reason, so no delivery goes out until a
	 * person enables it again ({@code POST /api/notifications/v1/webhooks/{id}/enable}).
	 */
	@Override
	public void disable(String tenantId, Target target, String reason) {
		this.subscriptions.disable(tenantId, target.id(), reason);
	}

	/**
	 * Sends a {@code webhook.test} event to a subscription now, enabled or not.
	 * @param tenantId the tenant
	 * @param subscription the subscription
	 * @return how it went
	 */
	WebhookAnswers.TestSend test(String tenantId, WebhookSubscription subscription) {
		UUID deliveryId = UUID.randomUUID();
		ObjectNode data = JsonNodeFactory.instance.objectNode()
			.put("subscriptionId", subscription.id().toString())
			.put("message", "A test delivery from Sentia: if the signature verifies, the subscription works.");
		Message message = new Message(deliveryId, tenantId, WebhookEventTypes.TEST, WebhookEventTypes.TEST, "info",
				Message.Stage.RAISED, "Test delivery", Map.of(), null, null, data.toString(), this.clock.instant());
		SendResult result = deliver(tenantId, subscription, message);
		return switch (result) {
			case SendResult.Delivered delivered -> new WebhookAnswers.TestSend("delivered", delivered.status(),
					result.took().toMillis(), null, deliveryId.toString());
			case SendResult.Retry retry -> new WebhookAnswers.TestSend("retry", retry.status(),
					result.took().toMillis(), retry.reason(), deliveryId.toString());
			case SendResult.Rejected rejected -> new WebhookAnswers.TestSend("rejected", rejected.status(),
					result.took().toMillis(), rejected.reason(), deliveryId.toString());
		};
	}

	private SendResult deliver(String tenantId, WebhookSubscription subscription, Message message) {
		URI url = URI.create(subscription.url());
		Optional<String> refusal = this.addresses.refusal(url);
		if (refusal.isPresent()) {
			return new SendResult.Rejected("the webhook URL " + refusal.get(), null, Duration.ZERO);
		}
		String body;
		try {
			body = body(message);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return new SendResult.Rejected("the event's data is not a JSON object", null, Duration.ZERO);
		}
		List<String> secrets = this.subscriptions.signingSecrets(tenantId, subscription.id());
		if (secrets.isEmpty()) {
			return new SendResult.Rejected("the webhook subscription has no signing secret", null, Duration.ZERO);
		}
		String id = message.deliveryId().toString();
		long timestamp = this.clock.instant().getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(ID_HEADER, id);
		headers.put(TIMESTAMP_HEADER, Long.toString(timestamp));
		headers.put(SIGNATURE_HEADER, WebhookSigner.signature(id, timestamp, body, secrets));
		return this.post.post(url, body, headers);
	}

	/**
	 * {@code {"type": ..., "timestamp": ..., "data": {...}}}, the data as the event gave
	 * it.
	 */
	private String body(Message message) {
		JsonNode data = (message.data() != null && !message.data().isBlank()) ? this.json.readTree(message.data())
				: JsonNodeFactory.instance.objectNode();
		if (!data.isObject()) {
			throw new IllegalArgumentException("data must be a JSON object");
		}
		Instant occurredAt = (message.occurredAt() != null) ? message.occurredAt() : this.clock.instant();
		ObjectNode body = JsonNodeFactory.instance.objectNode()
			.put("type", message.eventType())
			.put("timestamp", occurredAt.toString());
		body.set("data", data);
		return body.toString();
	}

}
