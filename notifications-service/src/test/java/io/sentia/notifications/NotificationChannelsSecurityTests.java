package io.sentia.notifications;

import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.sentia.notifications.channels.ChannelSecrets;
import io.sentia.testkit.security.EndpointExample;
import io.sentia.testkit.security.EndpointSecurityMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Every channel endpoint (Slack/Teams configurations, webhook subscriptions) against
 * every kind of caller, with channels and subscriptions of two tenants stored: another
 * tenant never sees this tenant's, and cannot address one by its id.
 */
@SpringBootTest(properties = "sentia.notifications.webhooks.allow-private-targets=true")
@AutoConfigureMockMvc
class NotificationChannelsSecurityTests extends EndpointSecurityMatrix {

	private static final String TENANT = "9c0ffee0-0000-4000-8000-000000000001";

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
	void seedChannelsAndSubscriptionsOfBothTenants() {
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
		return Set.of(TENANT, CHANNEL, SUBSCRIPTION);
	}

	@Override
	protected List<EndpointExample> examples() {
		String hook = partner.baseUrl() + "/hooks/matrix";
		return List.of(
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

}
