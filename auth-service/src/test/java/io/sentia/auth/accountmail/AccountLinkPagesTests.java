package io.sentia.auth.accountmail;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sentia.auth.AccountLinkPage;
import io.sentia.auth.AuthApiTestSupport;
import io.sentia.auth.Browser;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links in account mails open pages a person can use in a browser: a new password
 * twice, or an invitation to accept (with a first password for someone new); mistakes are
 * said in words on the page, and the link's token is in no log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountLinkPagesTests extends AuthApiTestSupport {

	private static final String USERS = "/api/auth/v1/admin/users";

	@Test
	void aResetLinkOpensAPageThatSetsTheNewPasswordOnceAndSaysWhatWasWrong(CapturedOutput output) {
		TestUser user = newUser(newTenant(), Role.VIEWER, "the old passphrase");
		post("/api/auth/v1/password-resets", null, json(Map.of("email", user.email())));
		String link = onlyLink(user.email());
		assertThat(link).startsWith(publicBase() + "/login/password/");
		Browser browser = browser();

		AccountLinkPage page = AccountLinkPage.open(browser, pathOf(link));
		HttpResponse<String> different = page
			.submit(Map.of("newPassword", "a brand new passphrase", "confirmPassword", "another passphrase"));
		HttpResponse<String> tooShort = AccountLinkPage.open(browser, pathOf(link))
			.submit(Map.of("newPassword", "short", "confirmPassword", "short"));
		HttpResponse<String> set = AccountLinkPage.open(browser, pathOf(link))
			.submit(Map.of("newPassword", "a brand new passphrase", "confirmPassword", "a brand new passphrase"));
		AccountLinkPage used = AccountLinkPage.open(browser, pathOf(link));
		HttpResponse<String> usedAgain = used
			.submit(Map.of("newPassword", "yet another passphrase", "confirmPassword", "yet another passphrase"));

		assertThat(page.response().statusCode()).isEqualTo(200);
		assertThat(page.response().headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.response().body()).contains("Choose a new password");
		assertThat(different.statusCode()).isEqualTo(400);
		assertThat(different.body()).contains("The two passwords are different.");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("The new password must be at least 12 characters long.");
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?password-set"));
		assertThat(usedAgain.statusCode()).isEqualTo(410);
		assertThat(usedAgain.body()).doesNotContain("name=\"newPassword\"");
		assertThat(browser().signIn(user.email(), "a brand new passphrase").statusCode()).isEqualTo(302);
		assertThat(browser().get("/login?password-set").body()).contains("Your new password is set.");
		assertThat(output.getAll()).doesNotContain(tokenOf(link));
	}

	@Test
	void anInvitationLinkShowsWhoInvitesAndANewPersonChoosesTheirFirstPasswordThere() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		String email = "page-invited-" + UUID.randomUUID() + "@test.sentia.example";
		post(USERS, token(admin), json(Map.of("email", email, "name", "Isla", "role", "OPERATOR")));
		String link = onlyLink(email);
		assertThat(link).startsWith(publicBase() + "/login/invitation/");
		Browser browser = browser();

		AccountLinkPage page = AccountLinkPage.open(browser, pathOf(link));
		HttpResponse<String> accepted = page
			.submit(Map.of("newPassword", "my first passphrase", "confirmPassword", "my first passphrase"));
		HttpResponse<String> reopened = browser.get(pathOf(link));

		assertThat(page.response().statusCode()).isEqualTo(200);
		assertThat(page.response().body()).contains("Test tenant " + tenant)
			.contains("OPERATOR")
			.contains(email)
			.contains("name=\"newPassword\"");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
		assertThat(accepted.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?invitation-accepted"));
		assertThat(browser().signIn(email, "my first passphrase").statusCode()).isEqualTo(302);
		assertThat(reopened.statusCode()).isEqualTo(410);
		assertThat(reopened.body()).contains("Ask the person who invited you for a new invitation.");
	}

	@Test
	void someoneWithAnAccountAcceptsWithoutChoosingAPassword() {
		UUID tenant = newTenant();
		TestUser admin = newUser(tenant, Role.ADMIN);
		TestUser elsewhere = newUser(newTenant(), Role.MANAGER, "their own passphrase");
		post(USERS, token(admin), json(Map.of("email", elsewhere.email(), "name", "X", "role", "VIEWER")));
		String link = onlyLink(elsewhere.email());

		AccountLinkPage page = AccountLinkPage.open(browser(), pathOf(link));
		HttpResponse<String> accepted = page.submit(Map.of());

		assertThat(page.response().body()).doesNotContain("name=\"newPassword\"").contains("Accept the invitation");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT role FROM membership WHERE tenant_id = :tenant AND user_id = :user")
			.param("tenant", tenant)
			.param("user", elsewhere.id())
			.query(String.class)
			.single()).isEqualTo("VIEWER");
	}

	@Test
	void anUnknownLinkSaysSoInWords() {
		HttpResponse<String> reset = browser().get("/login/password/" + "x".repeat(43));
		HttpResponse<String> invitation = browser().get("/login/invitation/" + "x".repeat(43));

		assertThat(invitation.statusCode()).isEqualTo(410);
		assertThat(invitation.body()).contains("This invitation link is not valid any more");
		// The reset page cannot tell a good token from a bad one without using it: it
		// says
		// so when the form is posted.
		assertThat(reset.statusCode()).isEqualTo(200);
		HttpResponse<String> posted = AccountLinkPage.open(browser(), "/login/password/" + "x".repeat(43))
			.submit(Map.of("newPassword", "a brand new passphrase", "confirmPassword", "a brand new passphrase"));
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("Ask for a new password reset.").doesNotContain("name=\"newPassword\"");
	}

	private String onlyLink(String email) {
		List<JsonNode> mails = mailsTo(email);
		assertThat(mails).hasSize(1);
		return mails.get(0).get("link").asString();
	}

	private String publicBase() {
		return this.security.issuer().toString().replaceFirst("/+$", "");
	}

	private static String pathOf(String link) {
		return URI.create(link).getRawPath();
	}

	private static String tokenOf(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
