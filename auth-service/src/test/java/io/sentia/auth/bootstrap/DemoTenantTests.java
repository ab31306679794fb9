package io.sentia.auth.bootstrap;

import io.sentia.auth.AuthServiceTestSupport;
import io.sentia.events.Topics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTenantTests extends AuthServiceTestSupport {

	@Autowired
	DemoTenant demoTenant;

	@Autowired
	SystemClients systemClients;

	@Autowired
	RegisteredClientRepository clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsTheDemoTenantOnceWithOneUserPerRoleAndPublishesIt() {
		assertThat(this.demoTenant.createIfNoTenant()).isFalse();
		assertThat(this.demoTenant.createIfNoTenant()).isFalse();

		assertThat(this.jdbc.sql("SELECT name FROM tenant WHERE id = :id")
			.param("id", DemoTenant.TENANT_ID)
			.query(String.class)
			.single()).isEqualTo("Highland & Harbour Spirits");
		assertThat(this.jdbc.sql("""
				SELECT u.email || ':' || m.role FROM app_user u JOIN membership m ON m.user_id = u.id
				WHERE m.tenant_id = :id AND u.email LIKE '%@highland-harbour.example' ORDER BY u.email
				""").param("id", DemoTenant.TENANT_ID).query(String.class).list()).containsExactly(
				"admin@highland-harbour.example:ADMIN", "manager@highland-harbour.example:MANAGER",
				"operator@highland-harbour.example:OPERATOR", "viewer@highland-harbour.example:VIEWER");
		assertThat(this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE topic = :topic AND tenant_id = :tenant")
			.param("topic", Topics.AUTH_TENANTS)
			.param("tenant", DemoTenant.TENANT_ID.toString())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT unnest(scopes) FROM partner_client WHERE client_id = :id")
			.param("id", DemoTenant.PARTNER_CLIENT_ID)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("analytics.read", "forecasts.read", "integrations.read");
	}

	@Test
	void upsertsTheSystemClientsOnEveryStartWithoutDuplicates() {
		this.systemClients.upsert();
		this.systemClients.upsert();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM oauth2_registered_client WHERE client_id IN ('sentia-gateway', 'sentia-platform')
				""").query(Integer.class).single()).isEqualTo(2);
		RegisteredClient gateway = this.clients.findByClientId(SystemClients.GATEWAY_CLIENT_ID);
		assertThat(gateway.getRedirectUris()).containsExactly("http://localhost:8080/login/oauth2/code/sentia");
		assertThat(gateway.getPostLogoutRedirectUris()).containsExactly("http://localhost:8080/");
		assertThat(gateway.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(gateway.getTokenSettings().isReuseRefreshTokens()).isFalse();
		assertThat(gateway.getClientSecret()).startsWith("{argon2}");
		assertThat(this.clients.findByClientId(SystemClients.PLATFORM_CLIENT_ID).getScopes())
			.containsExactly("platform.admin");
	}

}
