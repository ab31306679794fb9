package io.sentia.auth.device;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.auth.Browser;
import io.sentia.events.AccountMailRequested;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in from a browser the account has not used before is mailed to its owner once;
 * the account's first browser and a browser it already knows are not.
 */
class KnownDevicesTests extends AuthApiTestSupport {

	private static final String PASSWORD = "a known-device passphrase";

	private static final String LAPTOP = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

	private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1";

	@Test
	void theFirstBrowserIsLearntSilentlyAndAKnownOneStaysSilent() {
		TestUser user = newUser(newTenant(), Role.VIEWER, PASSWORD);
		Browser laptop = browser(LAPTOP);

		HttpResponse<String> first = laptop.signIn(user.email(), PASSWORD);
		HttpResponse<String> again = laptop.signIn(user.email(), PASSWORD);

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(first.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(KnownDevices.COOKIE + "=")
				.contains("Path=/login")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		assertThat(newDeviceMails(user)).isEmpty();
		assertThat(knownDevices(user)).containsExactly(LAPTOP);
	}

	@Test
	void aSecondBrowserIsMailedOnceWithWhenWhatAndWhere() {
		TestUser user = newUser(newTenant(), Role.MANAGER, PASSWORD);
		browser(LAPTOP).signIn(user.email(), PASSWORD);
		Browser phone = browser(PHONE);

		HttpResponse<String> signedIn = phone.signIn(user.email(), PASSWORD);
		phone.signIn(user.email(), PASSWORD);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		List<JsonNode> mails = newDeviceMails(user);
		assertThat(mails).hasSize(1);
		JsonNode mail = mails.get(0);
		assertThat(mail.get("tenantId").asString()).isEqualTo(user.tenantId().toString());
		assertThat(mail.get("userId").asString()).isEqualTo(user.id().toString());
		assertThat(mail.get("facts").get("browser").asString()).isEqualTo(PHONE);
		assertThat(mail.get("facts").get("address").asString()).isEqualTo("127.0.0.1");
		assertThat(mail.get("facts").get("signedInAt").asString()).isNotBlank();
		assertThat(mail.path("link").isNull() || mail.path("link").isMissingNode()).isTrue();
		assertThat(knownDevices(user)).containsExactlyInAnyOrder(LAPTOP, PHONE);
		assertThat(audited(user.tenantId(), "login.new_device")).hasSize(1);
	}

	@Test
	void aWrongPasswordFromANewBrowserIsNotASignInAndMailsNothing() {
		TestUser user = newUser(newTenant(), Role.VIEWER, PASSWORD);
		browser(LAPTOP).signIn(user.email(), PASSWORD);

		browser(PHONE).signIn(user.email(), "not the passphrase");

		assertThat(newDeviceMails(user)).isEmpty();
		assertThat(knownDevices(user)).containsExactly(LAPTOP);
	}

	@Test
	void anotherAccountsBrowserIsNewToThisAccount() {
		TestUser first = newUser(newTenant(), Role.VIEWER, PASSWORD);
		TestUser second = newUser(newTenant(), Role.VIEWER, PASSWORD);
		Browser shared = browser(LAPTOP);
		browser(PHONE).signIn(second.email(), PASSWORD);
		shared.signIn(first.email(), PASSWORD);

		shared.signIn(second.email(), PASSWORD);

		assertThat(newDeviceMails(first)).isEmpty();
		assertThat(newDeviceMails(second)).hasSize(1);
	}

	private Browser browser(String userAgent) {
		return new Browser("http://localhost:" + this.port, Map.of("User-Agent", userAgent));
	}

	private List<JsonNode> newDeviceMails(TestUser user) {
		return mailsTo(user.email()).stream()
			.filter((mail) -> AccountMailRequested.NEW_DEVICE_SIGN_IN.equals(mail.get("kind").asString()))
			.toList();
	}

	private List<String> knownDevices(TestUser user) {
		return this.jdbc.sql("SELECT user_agent FROM known_device WHERE user_id = :user ORDER BY first_seen_at")
			.param("user", user.id())
			.query(String.class)
			.list();
	}

}
