package io.sentia.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sentia.notifications.channels.ChannelSecrets;
import io.sentia.testkit.security.EndpointExample;
import io.sentia.testkit.security.EndpointSecurityMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Every notifications endpoint against every kind of caller, with rules, a notification,
 * a delivery, channels and webhook subscriptions of two tenants stored: the other
 * tenant's callers never see this tenant's, and cannot address one by its id. Feed items
 * belong to one user and the matrix's users are new each call, so the feed's per-item
 * endpoints are checked for access here and for ownership in {@code FeedTests}.
 */
@QuietContext
@TestPropertySource(properties = "sentia.notifications.webhooks.allow-private-targets=true")
class NotificationsEndpointSecurityTests extends EndpointSecurityMatrix {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000013";

	private static final String API = "/api/notifications/v1";

	private static final UUID RULE = UUID.fromString("5e471a00-0000-4000-8000-0000000000a1");

	private static final UUID NOTIFICATION = UUID.fromString("5e471a00-0000-4000-8000-0000000000b1");

	private static final UUID DELIVERY = UUID.fromString("5e471a00-0000-4000-8000-0000000000c1");

	private static final String TOKEN = "matrix-acknowledge-token-0123456789abcdefghijklmnopq";

	private static final String CHANNELS = "/api/notifications/v1/channels";

	private static final String WEBHOOKS = "/api/notifications/v1/webhooks";

	private static final String CHANNEL = "9c0ffee0-0000-4000-8000-0000000c0001";

	private static final String CHANNEL_TO_DELETE = "9c0ffee0-0000-4000-8000-0000000c0002";

	private static final String OTHER_CHANNEL = "0be7e2a1-0000-4000-8000-0000000c0003";

	private static final String SUBSCRIPTION = "9c0ffee0-0000-4000-8000-0000000a0001";

	private static final String SUBSCRIPTION_TO_DELETE = "9c0ffee0-0000-4000-8000-0000000a0002";

	private static final String OTHER_SUBSCRIPTION = "0be7e2a1-0000-4000-8000-0000000a0003";

	@RegisterExtension
	static final WireMockExtension partner = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ChannelSecrets secrets;

	@BeforeEach
	void seedBothTenants() throws Exception {
		seed(TENANT, RULE, NOTIFICATION, DELIVERY, "Matrix rule", "Matrix delivery", TOKEN);
		seed(otherTenant(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Other rule", "Other delivery",
				"other-" + TOKEN);
		partner.stubFor(post("/hooks/matrix").willReturn(aResponse().withStatus(204)));
		channel(TENANT, CHANNEL, "Matrix ops channel");
		channel(TENANT, CHANNEL_TO_DELETE, "Matrix channel to delete");
		channel(otherTenant(), OTHER_CHANNEL, "Other tenant's channel");
		subscription(TENANT, SUBSCRIPTION, "Matrix partner hook");
		subscription(TENANT, SUBSCRIPTION_TO_DELETE, "Matrix hook to delete");
		subscription(otherTenant(), OTHER_SUBSCRIPTION, "Other tenant's hook");
	}

	@Override
	protected String tenant() {
		return TENANT;
	}

	@Override
	protected Set<String> tenantMarkers() {
		return Set.of(TENANT, "Matrix rule", "Matrix delivery", CHANNEL, SUBSCRIPTION);
	}

	@Override
	protected List<EndpointExample> examples() {
		String rule = """
				{"name": "Matrix written", "kinds": ["stockout_risk"], "roles": ["MANAGER"],
				 "channels": [{"channel": "EMAIL"}]}
				""";
		String hook = partner.baseUrl() + "/hooks/matrix";
		return List.of(EndpointExample.get(API + "/rules").withTenantMarkers("Matrix rule"),
				EndpointExample.get(API + "/rules/" + RULE).addressesObject().withTenantMarkers("Matrix rule"),
				EndpointExample.post(API + "/rules", rule).expecting(201),
				EndpointExample.put(API + "/rules/" + RULE, rule.replace("Matrix written", "Matrix rule"))
					.addressesObject(),
				EndpointExample.delete(API + "/rules/" + UUID.randomUUID()).expecting(204),
				EndpointExample.get(API + "/deliveries").withTenantMarkers("Matrix delivery"),
				EndpointExample.post(API + "/deliveries/" + DELIVERY + "/replay", null)
					.expecting(202)
					.addressesObject(),
				EndpointExample.post(API + "/notifications/" + NOTIFICATION + "/acknowledge", null).addressesObject(),
				EndpointExample.post(API + "/acknowledgements", "{\"token\": \"" + TOKEN + "\"}").addressesObject(),
				EndpointExample.get(API + "/feed"),
				EndpointExample.post(API + "/feed/" + UUID.randomUUID() + "/read", null).expecting(204),
				EndpointExample.post(API + "/feed/" + UUID.randomUUID() + "/acknowledge", null).expecting(204),
				EndpointExample.get(API + "/feed/stream").header("Accept", "text/event-stream"),
				EndpointExample.post(CHANNELS,
						"{\"type\": \"teams\", \"name\": \"Matrix workflow\", \"url\": \"" + hook + "\"}"),
				EndpointExample.get(CHANNELS).withTenantMarkers("Matrix ops channel"),
				EndpointExample.delete(CHANNELS + "/" + CHANNEL_TO_DELETE).expecting(204),
				EndpointExample.post(WEBHOOKS, "{\"url\": \"" + hook + "\", \"eventTypes\": [\"alert.raised\"]}"),
				EndpointExample.get(WEBHOOKS).withTenantMarkers("Matrix partner hook"),
				EndpointExample.get(WEBHOOKS + "/" + SUBSCRIPTION)
					.addressesObject()
					.withTenantMarkers("Matrix partner hook"),
				EndpointExample.patch(WEBHOOKS + "/" + SUBSCRIPTION, "{\"description\": \"Matrix partner hook\"}")
					.addressesObject(),
				EndpointExample.delete(WEBHOOKS + "/" + SUBSCRIPTION_TO_DELETE).expecting(204),
				EndpointExample.post(WEBHOOKS + "/" + SUBSCRIPTION + "/rotate-secret", "{}").addressesObject(),
				EndpointExample.post(WEBHOOKS + "/" + SUBSCRIPTION + "/test", "{}").addressesObject(),
				EndpointExample.post(WEBHOOKS + "/" + SUBSCRIPTION + "/enable", "{}").addressesObject());
	}

	private void seed(String tenant, UUID rule, UUID notification, UUID delivery, String ruleName, String title,
			String token) throws Exception {
		this.jdbc.sql("INSERT INTO rule_set (tenant_id) VALUES (?) ON CONFLICT DO NOTHING").param(tenant).update();
		this.jdbc.sql("""
				INSERT INTO rule (rule_id, tenant_id, name, kinds, severities, roles, users, channels, notify_resolved,
				                  daily_digest, enabled, updated_at)
				VALUES (?, ?, ?, '{stockout_risk}', '{}', '{MANAGER}', '{}', '[{"channel": "EMAIL"}]', false, false,
				        true, now())
				ON CONFLICT (rule_id) DO UPDATE SET name = EXCLUDED.name
				""").params(rule, tenant, ruleName).update();
		this.jdbc.sql("""
				INSERT INTO notification (notification_id, tenant_id, source_key, recipient, event_type, kind, severity,
				                          title, facts, data, channels, notify_resolved, occurred_at, created_at,
				                          ack_token_hash)
				VALUES (?, ?, 'matrix', 'someone', 'alert.raised', 'stockout_risk', 'critical', ?, '{}', '{}', '[]',
				        false, now(), now(), ?)
				ON CONFLICT DO NOTHING
				""").params(notification, tenant, title, sha256(token)).update();
		this.jdbc.sql("""
				INSERT INTO delivery (delivery_id, tenant_id, notification_id, event_key, channel, target_id, stage,
				                      event_type, kind, severity, title, facts, data, occurred_at, status, due_at,
				                      give_up_at, created_at, attempts)
				VALUES (?, ?, ?, 'matrix', 'EMAIL', 'someone@example.com', 'RAISED', 'alert.raised', 'stockout_risk',
				        'critical', ?, '{}', '{}', now(), 'delivered', now(), ?, now(), 1)
				ON CONFLICT (delivery_id) DO UPDATE SET status = 'delivered'
				""").params(delivery, tenant, notification, title, OffsetDateTime.now().plusDays(1)).update();
	}

	private void channel(String tenant, String id, String name) {
		this.jdbc.sql("""
				INSERT INTO channel_configuration (tenant_id, configuration_id, channel, name, sealed_url, created_by,
				                                   created_at)
				VALUES (?, ?::uuid, 'SLACK', ?, ?, 'matrix', now())
				ON CONFLICT DO NOTHING
				""")
			.params(tenant, id, name,
					this.secrets.seal("sentia.notifications.channel-url", tenant + "/" + id,
							partner.baseUrl() + "/hooks/matrix"))
			.update();
	}

	private void subscription(String tenant, String id, String description) {
		this.jdbc.sql("""
				INSERT INTO webhook_subscription (tenant_id, subscription_id, url, event_types, description, enabled,
				                                  created_by, created_at, updated_at)
				VALUES (?, ?::uuid, ?, '{alert.raised}', ?, true, 'matrix', now(), now())
				ON CONFLICT (tenant_id, subscription_id) DO UPDATE SET url = EXCLUDED.url
				""").params(tenant, id, partner.baseUrl() + "/hooks/matrix", description).update();
	}

	private static byte[] sha256(String token) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
	}

}
