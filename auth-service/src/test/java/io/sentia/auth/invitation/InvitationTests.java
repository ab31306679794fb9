package io.sentia.auth.invitation;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invited person becomes a member only by accepting: with the mailed link (a new
 * account sets its first password there) or signed in. Links are single-use; someone
 * else's invitation is not found.
 */
class InvitationTests extends AuthApiTestSupport {

	private static final String USERS = "/api/auth/v1/admin/users";

	private static final String MINE = "/api/auth/v1/me/invitations";

	@Test
	void aNewPersonSetsTheirFirstPasswordAndJoinsWithTheLink() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		String email = "invited-" + UUID.randomUUID() + "@test.sentia.example";
		post(USERS, token(admin), json(Map.of("email", email, "name", "Ivy", "role", "OPERATOR")));
		UUID userId = userId(email);
		assertThat(role(tenant, userId)).isNull();
		String link = mailedToken(email);

		HttpResponse<String> noPassword = post("/api/auth/v1/invitations/" + link, null, null);
		HttpResponse<String> accepted = post("/api/auth/v1/invitations/" + link, null,
				json(Map.of("newPassword", "my first passphrase")));
		HttpResponse<String> again = post("/api/auth/v1/invitations/" + link, null,
				json(Map.of("newPassword", "my second passphrase")));

		assertThat(noPassword.statusCode()).isEqualTo(400);
		assertThat(json(noPassword).get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
		assertThat(role(tenant, userId)).isEqualTo("OPERATOR");
		assertThat(this.passwordHasher.matches("my first passphrase", passwordHash(userId))).isTrue();
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(audited(tenant, TenantInvitations.ACCEPTED)).hasSize(1);
	}

	@Test
	void anExistingAccountJoinsWithTheLinkAndKeepsItsPassword() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser elsewhere = newUser(newTenant(), Role.MANAGER, "their-own-password-3");
		post(USERS, token(admin), json(Map.of("email", elsewhere.email(), "name", "X", "role", "VIEWER")));
		String link = mailedToken(elsewhere.email());

		HttpResponse<String> withPassword = post("/api/auth/v1/invitations/" + link, null,
				json(Map.of("newPassword", "taking over this account")));
		HttpResponse<String> accepted = post("/api/auth/v1/invitations/" + link, null, null);

		assertThat(withPassword.statusCode()).isEqualTo(400);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
		assertThat(role(tenant, elsewhere.id())).isEqualTo("VIEWER");
		assertThat(this.passwordHasher.matches("their-own-password-3", passwordHash(elsewhere.id()))).isTrue();
	}

	@Test
	void aSignedInPersonSeesAndAcceptsTheirInvitationButNotSomeoneElses() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser invited = newUser(newTenant(), Role.VIEWER, "invited-password-4");
		TestUser bystander = newUser(newTenant(), Role.ADMIN, "bystander-password-4");
		HttpResponse<String> sent = post(USERS, token(admin),
				json(Map.of("email", invited.email(), "name", "X", "role", "MANAGER")));
		String invitationId = json(sent).get("invitationId").asString();

		HttpResponse<String> mine = get(MINE, token(invited));
		HttpResponse<String> theirs = get(MINE, token(bystander));
		HttpResponse<String> stolen = post(MINE + "/" + invitationId + "/accept", token(bystander), null);
		HttpResponse<String> accepted = post(MINE + "/" + invitationId + "/accept", token(invited), null);

		assertThat(json(mine).get(0).get("invitationId").asString()).isEqualTo(invitationId);
		assertThat(json(mine).get(0).get("tenantId").asString()).isEqualTo(tenant.toString());
		assertThat(json(mine).get(0).get("role").asString()).isEqualTo("MANAGER");
		assertThat(theirs.body()).doesNotContain(invitationId);
		assertThat(stolen.statusCode()).isEqualTo(404);
		assertThat(role(tenant, bystander.id())).isNull();
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
		assertThat(role(tenant, invited.id())).isEqualTo("MANAGER");
		assertThat(get(MINE, token(invited)).body()).doesNotContain(invitationId);
	}

	@Test
	void anUnknownOrExpiredLinkChangesNothing() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser invited = newUser(newTenant(), Role.VIEWER, "invited-password-5");
		post(USERS, token(admin), json(Map.of("email", invited.email(), "name", "X", "role", "VIEWER")));
		String link = mailedToken(invited.email());
		this.jdbc.sql("UPDATE tenant_invitation SET expires_at = now() - interval '1 minute' WHERE user_id = :id")
			.param("id", invited.id())
			.update();

		HttpResponse<String> unknown = post("/api/auth/v1/invitations/not-a-real-token", null, null);
		HttpResponse<String> expired = post("/api/auth/v1/invitations/" + link, null, null);

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(role(tenant, invited.id())).isNull();
	}

	private UUID userId(String email) {
		return this.jdbc.sql("SELECT id FROM app_user WHERE email = :email")
			.param("email", email)
			.query(UUID.class)
			.single();
	}

	private String passwordHash(UUID userId) {
		return this.jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
			.param("id", userId)
			.query(String.class)
			.single();
	}

	private String role(UUID tenant, UUID user) {
		return this.jdbc.sql("SELECT role FROM membership WHERE tenant_id = :tenant AND user_id = :user")
			.param("tenant", tenant)
			.param("user", user)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
