package io.sentia.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.AlertRaised;
import io.sentia.events.MemberChanged;
import io.sentia.events.TenantCreated;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one context the flow tests share (one consumer of each group on the shared broker),
 * with a fresh tenant per test so tests never see each other's notifications.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class NotificationsTests extends InfrastructureTests {

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	protected KafkaEvents events;

	protected String tenant;

	@BeforeEach
	void openEvents() {
		this.events = new KafkaEvents(this.bootstrapServers, this.json);
		this.tenant = UUID.randomUUID().toString();
	}

	@AfterEach
	void closeEvents() {
		this.events.close();
	}

	protected void tenantCreated(String timeZone) {
		this.events.publish(new TenantCreated(this.tenant, "Highland Harbour",
				"highland-" + this.tenant.substring(0, 8), "GBP", timeZone, Instant.parse("2026-01-01T00:00:00Z")));
	}

	protected String member(String name, String... roles) {
		String userId = UUID.randomUUID().toString();
		this.events
			.publish(new MemberChanged(this.tenant, userId, name + "@" + this.tenant.substring(0, 8) + ".example", name,
					List.of(roles), true, "en-GB", Instant.now()));
		return userId;
	}

	protected AlertRaised alert(String kind, AlertRaised.Severity severity, String dedupKey) {
		return new AlertRaised(this.tenant, UUID.randomUUID().toString(), kind, severity, dedupKey,
				"Stock of " + dedupKey + " runs out in 5 days", Map.of("days of cover", "5"), "forecasting-service",
				Instant.now());
	}

	protected String bearer(String userId, String role) {
		return TestTokens.bearer(TestTokens.userClaims(this.tenant, role).subject(userId).sign());
	}

	protected int count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	protected int membersKnown(String... userIds) {
		return count("SELECT count(*) FROM member WHERE tenant_id = ? AND user_id = ANY (?)", this.tenant, userIds);
	}

}
