package io.sentia.auth.admin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.auth.Browser;
import io.sentia.auth.GatewayLogin;
import io.sentia.auth.VerifiedTokens;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ADMIN manages the members of their own tenant only: invites (new accounts get a
 * first-password token, existing ones a membership), role changes and removals, never
 * leaving the tenant without an active ADMIN; every action and refusal is audited.
 */
class AdminUsersTests extends AuthApiTestSupport {

	private static final String USERS = "/api/auth/v1/admin/users";

	@Test
	void listsOnlyTheMembersOfTheCallersTenant() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser viewer = newUser(tenant, Role.VIEWER);
		TestUser stranger = newUser(newTenant(), Role.ADMIN);

		HttpResponse<String> response = get(USERS, token(admin));

		assertThat(response.statusCode()).as(response.headers().map() + response.body()).isEqualTo(200);
		List<String> ids = json(response).valueStream().map((member) -> member.get("userId").asString()).toList();
		assertThat(ids).containsExactlyInAnyOrder(admin.id().toString(), viewer.id().toString())
			.doesNotContain(stranger.id().toString());
	}

	@Test
	void answersAnInvitationTheSameWayWhetherOrNotTheAccountExists() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		UUID otherTenant = newTenant();
		TestUser elsewhere = newUser(otherTenant, Role.MANAGER, "their-own-password-1");
		this.jdbc.sql("UPDATE app_user SET mfa_enabled = true, display_name = 'Private Person' WHERE id = :id")
			.param("id", elsewhere.id())
			.update();
		String unknown = "new-" + UUID.randomUUID() + "@test.sentia.example";

		HttpResponse<String> existing = post(USERS, token(admin),
				json(Map.of("email", elsewhere.email(), "name", "Guess", "role", "VIEWER")));
		HttpResponse<String> fresh = post(USERS, token(admin),
				json(Map.of("email", unknown, "name", "Guess", "role", "VIEWER")));

		assertThat(existing.statusCode()).as(existing.body()).isEqualTo(202);
		assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(202);
		assertThat(fieldNames(json(existing))).isEqualTo(fieldNames(json(fresh)))
			.containsExactlyInAnyOrder("invitationId", "email", "role", "expiresAt");
		assertThat(existing.body()).doesNotContain(elsewhere.id().toString(), otherTenant.toString(), "Private Person",
				"mfa", "locked", "password");
		assertThat(json(existing).get("email").asString()).isEqualTo(elsewhere.email());
		assertThat(role(tenant, elsewhere.id())).as("not a member before accepting").isNull();
		assertThat(this.jdbc.sql("SELECT count(*) FROM membership WHERE user_id = :id")
			.param("id", elsewhere.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE tenant_id = :tenant AND "
				+ "(target_id = :user OR details::text LIKE '%' || :user || '%' OR details::text LIKE '%newAccount%')")
			.param("tenant", tenant)
			.param("user", elsewhere.id().toString())
			.query(Integer.class)
			.single()).as("the inviting tenant's audit log names no account").isZero();
		assertThat(audited(tenant, "user.invited")).hasSize(2)
			.allSatisfy((entry) -> assertThat(entry).startsWith("success:"));
	}

	@Test
	void anInvitedAccountKeepsItsPasswordAndIsNotAMemberUntilItAccepts() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser elsewhere = newUser(newTenant(), Role.MANAGER, "their-own-password-2");

		post(USERS, token(admin),
				json(Map.of("email", elsewhere.email().toUpperCase(), "name", "X", "role", "VIEWER")));

		assertThat(passwordIs(elsewhere, "their-own-password-2")).isTrue();
		assertThat(get(USERS, token(admin)).body()).doesNotContain(elsewhere.id().toString());
	}

	private boolean passwordIs(TestUser user, String password) {
		String hash = this.jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
			.param("id", user.id())
			.query(String.class)
			.single();
		return this.passwordHasher.matches(password, hash);
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new java.util.ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names.stream().sorted().toList();
	}

	@Test
	void refusesToInviteAMemberTwiceAndAuditsTheRefusal() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser member = newUser(tenant, Role.VIEWER);

		HttpResponse<String> response = post(USERS, token(admin),
				json(Map.of("email", member.email(), "name", "Again", "role", "MANAGER")));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(audited(tenant, "user.invited")).containsExactly("failure:" + member.email());
	}

	@Test
	void answersBadInvitationsWithProblemsNamingTheField() {
		UUID tenant = newTenant();
		String token = token(newUser(tenant, Role.ADMIN));

		HttpResponse<String> badEmail = post(USERS, token,
				json(Map.of("email", "not-an-email", "name", "X", "role", "VIEWER")));
		HttpResponse<String> badRole = post(USERS, token,
				json(Map.of("email", "x@test.sentia.example", "name", "X", "role", "OWNER")));
		HttpResponse<String> noName = post(USERS, token,
				json(Map.of("email", "x@test.sentia.example", "role", "VIEWER")));

		assertThat(badEmail.statusCode()).isEqualTo(400);
		assertThat(json(badEmail).get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(badRole.statusCode()).isEqualTo(400);
		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(json(noName).get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void changesARoleAndAuditsBothRoles() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser viewer = newUser(tenant, Role.VIEWER);

		HttpResponse<String> response = patch(USERS + "/" + viewer.id(), token(admin), "{\"role\":\"MANAGER\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("role").asString()).isEqualTo("MANAGER");
		assertThat(this.jdbc
			.sql("SELECT details->>'previousRole' || '>' || (details->>'newRole') FROM audit_event "
					+ "WHERE tenant_id = :tenant AND action = 'user.role_changed'")
			.param("tenant", tenant)
			.query(String.class)
			.list()).containsExactly("VIEWER>MANAGER");
	}

	@Test
	void theLastAdminCanNeitherBeDemotedNorDeactivated() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);

		HttpResponse<String> demote = patch(USERS + "/" + admin.id(), token(admin), "{\"role\":\"MANAGER\"}");
		HttpResponse<String> deactivate = patch(USERS + "/" + admin.id(), token(admin), "{\"active\":false}");

		assertThat(demote.statusCode()).isEqualTo(409);
		assertThat(json(demote).get("type").asString()).isEqualTo("https://sentia.io/problems/last-admin");
		assertThat(deactivate.statusCode()).isEqualTo(409);
		assertThat(role(tenant, admin.id())).isEqualTo("ADMIN");
		assertThat(audited(tenant, "user.role_changed")).containsExactly("failure:" + admin.id());
		assertThat(audited(tenant, "user.deactivated")).containsExactly("failure:" + admin.id());
	}

	@Test
	void anAdminWhoseAccountIsDisabledDoesNotCountAsAnotherAdmin() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser disabledAdmin = newUser(tenant, Role.ADMIN);
		this.jdbc.sql("UPDATE app_user SET active = false WHERE id = :id").param("id", disabledAdmin.id()).update();

		HttpResponse<String> demote = patch(USERS + "/" + admin.id(), token(admin), "{\"role\":\"VIEWER\"}");

		assertThat(demote.statusCode()).isEqualTo(409);
	}

	@Test
	void anAdminMayStepDownWhenAnotherAdminRemains() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		newUser(tenant, Role.ADMIN);

		HttpResponse<String> demote = patch(USERS + "/" + admin.id(), token(admin), "{\"role\":\"VIEWER\"}");

		assertThat(demote.statusCode()).isEqualTo(200);
		assertThat(role(tenant, admin.id())).isEqualTo("VIEWER");
	}

	@Test
	void deactivatingRemovesTheMembershipOnlyInThisTenant() {
		UUID tenant = newTenant();
		UUID otherTenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser operator = newUser(tenant, Role.OPERATOR);
		addMembership(otherTenant, operator.id(), Role.MANAGER);

		HttpResponse<String> response = patch(USERS + "/" + operator.id(), token(admin), "{\"active\":false}");

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(role(tenant, operator.id())).isNull();
		assertThat(role(otherTenant, operator.id())).isEqualTo("MANAGER");
		assertThat(audited(tenant, "user.deactivated")).containsExactly("success:" + operator.id());
	}

	@Test
	void anotherTenantsUserIsNotFoundAndUntouched() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		UUID otherTenant = newTenant();
		TestUser stranger = newUser(otherTenant, Role.VIEWER);

		HttpResponse<String> change = patch(USERS + "/" + stranger.id(), token(admin), "{\"role\":\"ADMIN\"}");
		HttpResponse<String> remove = patch(USERS + "/" + stranger.id(), token(admin), "{\"active\":false}");

		assertThat(change.statusCode()).isEqualTo(404);
		assertThat(remove.statusCode()).isEqualTo(404);
		assertThat(change.body()).doesNotContain(stranger.email());
		assertThat(role(otherTenant, stranger.id())).isEqualTo("VIEWER");
	}

	@Test
	void answersAMalformedUserIdOrAnEmptyChangeWith400() {
		String token = token(newUser(newTenant(), Role.ADMIN));

		assertThat(patch(USERS + "/not-a-uuid", token, "{\"role\":\"VIEWER\"}").statusCode()).isEqualTo(400);
		assertThat(patch(USERS + "/" + UUID.randomUUID(), token, "{}").statusCode()).isEqualTo(400);
	}

	@Test
	void aRoleChangeAndARemovalTakeEffectAtTheNextTokenRefresh() throws Exception {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser member = newUser(tenant, Role.VIEWER, "member passphrase 1");
		Browser browser = browser();
		Map<String, Object> signedIn = GatewayLogin.signInAndExchange(browser, member.email(), "member passphrase 1");

		patch(USERS + "/" + member.id(), token(admin), "{\"role\":\"MANAGER\"}");
		HttpResponse<String> refreshed = refresh(browser, (String) signedIn.get("refresh_token"));
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		Map<String, Object> tokens = VerifiedTokens.json(refreshed);
		assertThat(VerifiedTokens.claims(browser, (String) tokens.get("access_token")).getStringListClaim("roles"))
			.containsExactly("MANAGER");

		patch(USERS + "/" + member.id(), token(admin), "{\"active\":false}");
		HttpResponse<String> afterRemoval = refresh(browser, (String) tokens.get("refresh_token"));
		assertThat(afterRemoval.statusCode()).isEqualTo(400);
		assertThat(afterRemoval.body()).contains("invalid_grant");
	}

	private static HttpResponse<String> refresh(Browser browser, String refreshToken) {
		return browser.token("sentia-gateway", "sentia-gateway-dev-secret",
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
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
