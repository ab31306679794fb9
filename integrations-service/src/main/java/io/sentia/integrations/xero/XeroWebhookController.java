package io.sentia.integrations.xero;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.connector.WebhookInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/xero} (public): 200 with an empty body when
 * {@code x-xero-signature} verifies, 401 with an empty body when it does not; exactly
 * what Xero's "intent to receive" check sends signed and unsigned deliveries to test. A
 * verified delivery is queued once per connection to each organisation it names (delivery
 * id: SHA-256 of the signed body, so Xero's retries queue nothing new) and processed
 * after the answer by {@link XeroWebhookHandler}.
 */
@RestController
public class XeroWebhookController {

	private static final Logger log = LoggerFactory.getLogger(XeroWebhookController.class);

	static final String TOPIC = "events";

	private final ConnectionDirectory directory;

	private final WebhookInbox inbox;

	private final XeroProperties properties;

	private final Clock clock;

	@Autowired
	public XeroWebhookController(ConnectionDirectory directory, WebhookInbox inbox, XeroProperties properties) {
		this(directory, inbox, properties, Clock.systemUTC());
	}

	XeroWebhookController(ConnectionDirectory directory, WebhookInbox inbox, XeroProperties properties, Clock clock) {
		this.directory = directory;
		this.inbox = inbox;
		this.properties = properties;
		this.clock = clock;
	}

	@PostMapping("/webhooks/xero")
	public ResponseEntity<Void> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "x-xero-signature", required = false) String signature) {
		byte[] raw = (body != null) ? body : new byte[0];
		if (!XeroWebhookSignature.matches(raw, signature, this.properties.webhookKey())) {
			log.warn("xero webhook refused: the signature does not verify{}",
					this.properties.webhookKey().isEmpty() ? " (sentia.integrations.xero.webhook-key is not set)" : "");
			return ResponseEntity.status(401).build();
		}
		Set<String> organisations = new LinkedHashSet<>();
		try {
			for (JsonNode event : XeroApi.JSON.readTree(raw).path("events")) {
				if ("ORGANISATION".equals(event.path("tenantType").asString(""))) {
					organisations.add(event.path("tenantId").asString(""));
				}
			}
		}
		catch (JacksonException ex) {
			// Signed by Xero yet not JSON: nothing to fetch, and a retry would not help.
			log.warn("xero webhook is signed but not JSON; acknowledged and dropped");
			return ResponseEntity.ok().build();
		}
		String deliveryId = sha256(raw);
		Instant now = this.clock.instant();
		int queued = 0;
		for (String organisation : organisations) {
			for (ConnectionSpec connection : this.directory.findByAccount(Provider.XERO, organisation)) {
				if (this.inbox.enqueue(new WebhookDelivery(Provider.XERO, deliveryId + ":" + connection.id(),
						connection.id(), connection.tenantId(), TOPIC, raw, now))) {
					queued++;
				}
			}
		}
		log.debug("xero webhook {} queued for {} connections", deliveryId, queued);
		return ResponseEntity.ok().build();
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
