package io.sentia.integrations.shopify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.connector.WebhookInbox;
import io.sentia.servicekit.errors.ApiProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/shopify} (public): verifies the HMAC over the raw body with the
 * app secret of each connection to the shop, refuses stale deliveries, and queues the
 * delivery once per connection (a replayed {@code X-Shopify-Webhook-Id}, or the same
 * signed body under a fresh id, queues nothing and is still answered 200, so Shopify does
 * not retry it). Processing happens after the answer, in {@link ShopifyWebhookHandler}.
 */
@RestController
public class ShopifyWebhookController {

	private static final Logger log = LoggerFactory.getLogger(ShopifyWebhookController.class);

	/** Tolerated clock difference for deliveries that claim to come from the future. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final ConnectionDirectory directory;

	private final CredentialVault vault;

	private final WebhookInbox inbox;

	private final ShopifyProperties properties;

	private final Clock clock;

	@Autowired
	public ShopifyWebhookController(ConnectionDirectory directory, CredentialVault vault, WebhookInbox inbox,
			ShopifyProperties properties) {
		this(directory, vault, inbox, properties, Clock.systemUTC());
	}

	ShopifyWebhookController(ConnectionDirectory directory, CredentialVault vault, WebhookInbox inbox,
			ShopifyProperties properties, Clock clock) {
		this.directory = directory;
		this.vault = vault;
		this.inbox = inbox;
		this.properties = properties;
		this.clock = clock;
	}

	@PostMapping("/webhooks/shopify")
	public Map<String, Object> receive(@RequestBody(required = false) byte[] body, @RequestHeader HttpHeaders headers) {
		byte[] raw = (body != null) ? body : new byte[0];
		String signature = header(headers, "Hmac-Sha256");
		if (signature == null) {
			throw unauthorized("the X-Shopify-Hmac-Sha256 header is missing");
		}
		String shop = required(headers, "Shop-Domain").toLowerCase(Locale.ROOT);
		String topic = required(headers, "Topic");
		String webhookId = required(headers, "Webhook-Id");
		Instant triggeredAt = triggeredAt(required(headers, "Triggered-At"));
		List<ConnectionSpec> verified = this.directory.findByAccount(Provider.SHOPIFY, shop)
			.stream()
			.filter((connection) -> signedFor(connection, raw, signature))
			.toList();
		if (verified.isEmpty()) {
			log.warn("shopify webhook {} for {} refused: signature does not verify", webhookId, shop);
			throw unauthorized("the signature does not verify for shop " + shop
					+ "; Shopify signs with the app's client secret over the raw body");
		}
		Instant now = this.clock.instant();
		if (triggeredAt.isBefore(now.minus(this.properties.webhookMaxAge()))
				|| triggeredAt.isAfter(now.plus(CLOCK_SKEW))) {
			throw new ApiProblemException(HttpStatus.UNAUTHORIZED, "stale-webhook", "Stale webhook",
					"delivery triggered at " + triggeredAt + " is outside the accepted "
							+ this.properties.webhookMaxAge() + "; stale or replayed deliveries are refused");
		}
		int queued = 0;
		for (ConnectionSpec connection : verified) {
			// One shop may be linked by several tenants; each gets the delivery once.
			if (this.inbox.enqueue(new WebhookDelivery(Provider.SHOPIFY, webhookId + ":" + connection.id(),
					connection.id(), connection.tenantId(), topic, raw, now))) {
				queued++;
			}
		}
		return Map.of("queued", queued);
	}

	private boolean signedFor(ConnectionSpec connection, byte[] body, String signature) {
		String secret = this.vault.read(connection.id()).get("apiSecret");
		return secret != null && !secret.isEmpty() && ShopifyWebhookSignature.matches(body, signature, secret);
	}

	private static Instant triggeredAt(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ApiProblemException.invalidParameter("X-Shopify-Triggered-At", "must be an ISO-8601 timestamp");
		}
	}

	/**
	 * Webhook headers are {@code X-Shopify-*}; event deliveries use {@code shopify-*}.
	 */
	private static String header(HttpHeaders headers, String name) {
		String value = headers.getFirst("X-Shopify-" + name);
		return (value != null) ? value : headers.getFirst("Shopify-" + name);
	}

	private static String required(HttpHeaders headers, String name) {
		String value = header(headers, name);
		if (value == null || value.isBlank()) {
			throw ApiProblemException.invalidParameter("X-Shopify-" + name, "is required");
		}
		return value.strip();
	}

	private static ApiProblemException unauthorized(String detail) {
		return new ApiProblemException(HttpStatus.UNAUTHORIZED, "webhook-signature", "Webhook signature refused",
				detail);
	}

}
