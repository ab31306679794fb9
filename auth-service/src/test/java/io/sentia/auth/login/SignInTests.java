package io.sentia.auth.login;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sentia.auth.AuthServiceTestSupport;
import io.sentia.auth.Browser;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.audit.RequestOrigin;
import io.sentia.auth.user.PasswordHasher;
import io.sentia.auth.user.User;
import io.sentia.auth.user.Users;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SignInTests extends AuthServiceTestSupport {

	static final UUID DEMO_TENANT = UUID.fromString("5e471a00-0000-4000-8000-000000000001");

	@Autowired
	Users users;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	AuditLog audit;

	@Autowired
	RequestOrigin origin;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void locksTheAccountAfterFiveFailuresAndAuditsIt() {
		User user = newUser("right-password-1");
		Browser browser = browser();
		for (int attempt = 1; attempt <= 5; attempt++) {
			HttpResponse<String> page = browser.signIn(user.email(), "wrong-" + attempt);
			assertThat(error(page)).isEqualTo(REFUSAL);
		}

		HttpResponse<String> rightPasswordWhileLocked = browser.signIn(user.email(), "right-password-1");
		assertThat(rightPasswordWhileLocked.statusCode()).isEqualTo(200);
		assertThat(error(rightPasswordWhileLocked)).isEqualTo(REFUSAL);
		assertThat(this.users.findById(user.id()).orElseThrow().lockedUntil()).isNotNull();
		assertThat(actionsFor(user)).containsExactly("login.failed", "login.failed", "login.failed", "login.failed",
				"login.failed", "user.locked", "login.locked_out");
		assertThat(this.jdbc.sql("""
				SELECT DISTINCT client_address || ':' || (trace_id IS NOT NULL) FROM audit_event WHERE actor_id = :id
				""").param("id", user.id().toString()).query(String.class).list()).containsExactly("127.0.0.1:true");
	}

	@Test
	void aSuccessfulSignInIsAuditedAndClearsTheFailureCount() {
		User user = newUser("right-password-2");
		Browser browser = browser();
		browser.signIn(user.email(), "wrong");
		HttpResponse<String> signedIn = browser.signIn(user.email(), "right-password-2");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:8080/");
		assertThat(this.users.findById(user.id()).orElseThrow().failedAttempts()).isZero();
		assertThat(actionsFor(user)).containsExactly("login.failed", "login.succeeded");
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anyMatch((cookie) -> cookie.startsWith("SENTIA_AUTH_SESSION="));
	}

	@Test
	void deactivatedUsersCannotSignIn() {
		User user = newUser("right-password-3");
		this.users.setActive(user.id(), false);
		HttpResponse<String> page = browser().signIn(user.email(), "right-password-3");
		assertThat(page.body()).contains("This account is deactivated.");
		assertThat(actionsFor(user)).containsExactly("login.deactivated");
	}

	@Test
	void unknownEmailsGetTheSameAnswerAsWrongPasswords() {
		HttpResponse<String> page = browser().signIn("nobody-" + UUID.randomUUID() + "@example.test", "whatever");
		assertThat(error(page)).isEqualTo(REFUSAL);
	}

	@Test
	void aLockedAccountIsAnsweredExactlyLikeAnEmailWithoutAccount() {
		User user = newUser("right-password-5");
		String unknown = "nobody-" + UUID.randomUUID() + "@example.test";
		Browser real = browser();
		Browser missing = browser();
		for (int attempt = 1; attempt <= 6; attempt++) {
			String realAnswer = error(real.signIn(user.email(), "wrong-" + attempt));
			String missingAnswer = error(missing.signIn(unknown, "wrong-" + attempt));
			assertThat(realAnswer).as("attempt %d", attempt).isEqualTo(missingAnswer);
		}
		assertThat(error(real.signIn(user.email(), "right-password-5")))
			.isEqualTo(error(missing.signIn(unknown, "right-password-5")));
		assertThat(this.users.findById(user.id()).orElseThrow().lockedUntil()).isNotNull();
		assertThat(actionsFor(user)).contains("user.locked").endsWith("login.locked_out", "login.locked_out");
	}

	@Test
	void refusesAnAddressWithTooManyFailuresBeforeCheckingThePassword() {
		LoginProperties strict = new LoginProperties(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(15),
				"http://localhost:8080/");
		PasswordSignIn signIn = new PasswordSignIn(this.users, this.hasher,
				new AddressThrottle(this.jdbc, strict, this.clock), this.audit, this.origin, strict, this.clock);
		User user = newUser("right-password-4");
		String address = "203.0.113." + (int) (Math.random() * 200 + 1);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> signIn.authenticate(attempt(user.email(), "wrong", address)));
		}
		assertThatExceptionOfType(ClientAddressThrottledException.class)
			.isThrownBy(() -> signIn.authenticate(attempt(user.email(), "right-password-4", address)))
			.withMessageContaining("Too many failed sign-ins from your network");

		Authentication fromElsewhere = signIn.authenticate(attempt(user.email(), "right-password-4", "198.51.100.1"));
		assertThat(fromElsewhere.getName()).isEqualTo(user.id().toString());
		assertThat(actionsFor(user)).endsWith("login.throttled", "login.succeeded");
	}

	private static final String REFUSAL = "Email or password is incorrect. After 5 failed attempts in a row, "
			+ "sign-in to an account is locked for 15 minutes.";

	private static final Pattern ERROR = Pattern.compile("<p class=\"alert error\"[^>]*>([^<]*)</p>");

	/** The error the sign-in page shows, as the user reads it. */
	private static String error(HttpResponse<String> page) {
		Matcher error = ERROR.matcher(page.body());
		return error.find() ? HtmlUtils.htmlUnescape(error.group(1)) : null;
	}

	private static Authentication attempt(String email, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email,
				password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		return token;
	}

	private User newUser(String password) {
		User user = this.users.create("signin-" + UUID.randomUUID() + "@example.test", "Sign-in Test", password);
		this.users.grant(user.id(), DEMO_TENANT, Role.VIEWER);
		return user;
	}

	private List<String> actionsFor(User user) {
		return this.jdbc.sql("SELECT action FROM audit_event WHERE actor_id = :id ORDER BY seq")
			.param("id", user.id().toString())
			.query(String.class)
			.list();
	}

}
