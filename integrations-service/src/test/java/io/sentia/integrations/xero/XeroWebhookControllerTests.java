package io.sentia.integrations.xero;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.connector.WebhookInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class XeroWebhookControllerTests {

	static final String KEY = XeroFixtures.WEBHOOK_KEY;

	/** The organisation of the official contact-update example. */
	static final String ORGANISATION = "c2cc9b6e-9458-4c7d-93cc-f02b81b0594f";

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final ConnectionSpec FIRST = new ConnectionSpec(UUID.randomUUID(), "tenant-a", Provider.XERO,
			ORGANISATION, "UK", "Books A", Map.of());

	/** Another tenant linked to the same organisation (e.g. an accountant's practice). */
	private static final ConnectionSpec SECOND = new ConnectionSpec(UUID.randomUUID(), "tenant-b", Provider.XERO,
			ORGANISATION, "UK", "Books B", Map.of());

	private final RecordingInbox inbox = new RecordingInbox();

	private final byte[] body = XeroFixtures.text("webhook-event.contact-update.json").getBytes(StandardCharsets.UTF_8);

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		XeroProperties properties = XeroFixtures.properties("http://unused");
		this.mvc = MockMvcBuilders
			.standaloneSetup(new XeroWebhookController(new XeroTestDirectory(FIRST, SECOND), this.inbox, properties,
					Clock.fixed(NOW, ZoneOffset.UTC)))
			.build();
	}

	@Test
	void answers200WithAnEmptyBodyAndQueuesTheDeliveryForEveryConnectionToTheOrganisation() throws Exception {
		this.mvc.perform(webhook(this.body, XeroWebhookSignature.sign(this.body, KEY)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(new byte[0]));
		assertThat(this.inbox.queued).hasSize(2).allSatisfy((delivery) -> {
			assertThat(delivery.provider()).isEqualTo(Provider.XERO);
			assertThat(delivery.body()).isEqualTo(this.body);
			assertThat(delivery.topic()).isEqualTo("events");
			assertThat(delivery.receivedAt()).isEqualTo(NOW);
		});
		assertThat(this.inbox.queued).extracting(WebhookDelivery::connectionId)
			.containsExactlyInAnyOrder(FIRST.id(), SECOND.id());
		assertThat(this.inbox.queued).extracting(WebhookDelivery::tenantId)
			.containsExactlyInAnyOrder("tenant-a", "tenant-b");
	}

	@Test
	void answers401WithAnEmptyBodyWhenOneByteChanged() throws Exception {
		String signature = XeroWebhookSignature.sign(this.body, KEY);
		byte[] tampered = this.body.clone();
		tampered[new String(tampered, StandardCharsets.UTF_8).indexOf("UPDATE")] = 'X';
		this.mvc.perform(webhook(tampered, signature))
			.andExpect(status().isUnauthorized())
			.andExpect(content().bytes(new byte[0]));
		assertThat(this.inbox.queued).isEmpty();
	}

	@Test
	void answers401ForAnotherKeyOrNoSignature() throws Exception {
		this.mvc.perform(webhook(this.body, XeroWebhookSignature.sign(this.body, "another-apps-key")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/webhooks/xero").contentType(MediaType.APPLICATION_JSON).content(this.body))
			.andExpect(status().isUnauthorized())
			.andExpect(content().bytes(new byte[0]));
		assertThat(this.inbox.queued).isEmpty();
	}

	@Test
	void passesXerosIntentToReceiveCheck() throws Exception {
		byte[] empty = "{\"events\":[],\"firstEventSequence\":1,\"lastEventSequence\":1,\"entropy\":\"ABCDEFGHIJ\"}"
			.getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(webhook(empty, XeroWebhookSignature.sign(empty, KEY)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(new byte[0]));
		this.mvc.perform(webhook(empty, XeroWebhookSignature.sign(empty, "intent-to-receive-wrong-key")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().bytes(new byte[0]));
		assertThat(this.inbox.queued).isEmpty();
	}

	@Test
	void aRetriedDeliveryHasTheSameIdSoTheInboxQueuesItOnce() throws Exception {
		String signature = XeroWebhookSignature.sign(this.body, KEY);
		this.mvc.perform(webhook(this.body, signature)).andExpect(status().isOk());
		this.mvc.perform(webhook(this.body, signature)).andExpect(status().isOk());
		assertThat(this.inbox.queued).hasSize(2);
		assertThat(this.inbox.refused).isEqualTo(2);
	}

	@Test
	void acknowledgesEventsOfAnOrganisationNoConnectionUses() throws Exception {
		byte[] other = XeroFixtures.text("webhook-event.creditnote-create.json").getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(webhook(other, XeroWebhookSignature.sign(other, KEY))).andExpect(status().isOk());
		assertThat(this.inbox.queued).isEmpty();
	}

	private static MockHttpServletRequestBuilder webhook(byte[] body, String signature) {
		return post("/webhooks/xero").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("x-xero-signature", signature);
	}

	/** Queues each (provider, delivery id) once, as the real inbox does. */
	static final class RecordingInbox implements WebhookInbox {

		final List<WebhookDelivery> queued = new ArrayList<>();

		private final Set<String> ids = new HashSet<>();

		int refused;

		@Override
		public synchronized boolean enqueue(WebhookDelivery delivery) {
			if (!this.ids.add(delivery.provider() + "|" + delivery.deliveryId())) {
				this.refused++;
				return false;
			}
			this.queued.add(delivery);
			return true;
		}

	}

}
