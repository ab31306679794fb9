package io.sentia.auth.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.events.MemberChanged;
import io.sentia.events.Topics;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change to a membership, and to whether a user may sign in, is published as
 * {@code MemberChanged} on {@code auth.members.v1} with the whole current state; the
 * memberships that existed before (the demo users, older databases) are published once at
 * start.
 */
class MemberEventsTests extends AuthApiTestSupport {

	private static final UUID DEMO_TENANT = UUID.fromString("5e471a00-0000-4000-8000-000000000001");

	private static final String USERS = "/api/auth/v1/admin/users";

	@Autowired
	private Users users;

	@Autowired
	private MemberBackfill backfill;

	@Test
	void anAcceptedInvitationARoleChangeAndARemovalEachPublishTheWholeMembership() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		String email = "member-" + UUID.randomUUID() + "@test.sentia.example";
		post(USERS, token(admin), json(Map.of("email", email, "name", "Flora Macleod", "role", "OPERATOR")));
		UUID userId = this.jdbc.sql("SELECT id FROM app_user WHERE email = :email")
			.param("email", email)
			.query(UUID.class)
			.single();
		assertThat(published(tenant, userId)).as("nothing before accepting").isEmpty();
		post("/api/auth/v1/invitations/" + mailedToken(email), null,
				json(Map.of("newPassword", "my first passphrase")));

		assertThat(patch(USERS + "/" + userId, token(admin), json(Map.of("role", "MANAGER"))).statusCode())
			.isEqualTo(200);
		assertThat(patch(USERS + "/" + userId, token(admin), json(Map.of("active", false))).statusCode())
			.isEqualTo(204);

		List<JsonNode> events = published(tenant, userId);
		assertThat(events).extracting((event) -> event.get("roles").toString() + ":" + event.get("active"))
			.containsExactly("[\"OPERATOR\"]:true", "[\"MANAGER\"]:true", "[]:false");
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.get("tenantId").asString()).isEqualTo(tenant.toString());
			assertThat(event.get("email").asString()).isEqualTo(email);
			assertThat(event.get("displayName").asString()).isEqualTo("Flora Macleod");
		});
		assertThat(events.get(2).get("changedAt").asString())
			.isGreaterThanOrEqualTo(events.get(0).get("changedAt").asString());
	}

	@Test
	void disablingAUserPublishesEachOfTheirMembershipsInactiveWithTheRoleKept() {
		UUID first = newTenant();
		UUID second = newTenant();
		TestUser user = newUser(first, Role.VIEWER);
		this.users.grant(user.id(), second, Role.OPERATOR);

		this.users.setActive(user.id(), false);
		this.users.setActive(user.id(), true);

		assertThat(published(first, user.id())).extracting((event) -> event.get("active").asBoolean())
			.containsExactly(false, true);
		assertThat(published(second, user.id()))
			.extracting((event) -> event.get("roles").toString() + ":" + event.get("active"))
			.containsExactly("[\"OPERATOR\"]:true", "[\"OPERATOR\"]:false", "[\"OPERATOR\"]:true");
	}

	@Test
	void membershipsWrittenBeforePublishingArePublishedOnceAtStart() throws Exception {
		UUID tenant = newTenant();
		// Written straight to the table, as in a database from before this code.
		TestUser older = newUser(tenant, Role.MANAGER);
		assertThat(published(tenant, older.id())).isEmpty();

		this.backfill.run(new DefaultApplicationArguments());
		this.backfill.run(new DefaultApplicationArguments());

		List<JsonNode> events = published(tenant, older.id());
		assertThat(events).hasSize(1);
		assertThat(events.get(0).get("roles").toString()).isEqualTo("[\"MANAGER\"]");
		assertThat(events.get(0).get("active").asBoolean()).isTrue();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM membership m
				WHERE NOT EXISTS (SELECT 1 FROM member_publication p
				                  WHERE p.tenant_id = m.tenant_id AND p.user_id = m.user_id)
				""").query(Integer.class).single()).as("no membership left unpublished").isZero();
	}

	@Test
	void theDemoMembersArePublished() {
		List<String> demoMembers = this.jdbc.sql("""
				SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
				WHERE m.tenant_id = CAST(:tenant AS uuid) AND EXISTS (
				    SELECT 1 FROM outbox_event e WHERE e.topic = :topic AND e.event_key = :tenant || ':' || m.user_id)
				ORDER BY u.email
				""")
			.param("tenant", DEMO_TENANT.toString())
			.param("topic", Topics.AUTH_MEMBERS)
			.query(String.class)
			.list();

		assertThat(demoMembers).contains("admin@highland-harbour.example", "manager@highland-harbour.example",
				"operator@highland-harbour.example", "viewer@highland-harbour.example");
	}

	private List<JsonNode> published(UUID tenant, UUID user) {
		return this.jdbc.sql("""
				SELECT payload FROM outbox_event WHERE topic = :topic AND event_type = :type AND event_key = :key
				ORDER BY seq
				""")
			.param("topic", Topics.AUTH_MEMBERS)
			.param("type", MemberChanged.TYPE)
			.param("key", tenant + ":" + user)
			.query(String.class)
			.list()
			.stream()
			.map(JSON::readTree)
			.toList();
	}

}
