package io.sentia.auth.login;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

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
	void locksTheAccountAfterFiveFailuresAndSaysUntilWhen() {
		User user = newUser("right-password-1");
		Browser browser = browser();
		for (int attempt = 1; attempt <= 4; attempt++) {
			HttpResponse<String> page = browser.signIn(user.email(), "wrong-" + attempt);
			assertThat(page.body()).contains("Email or password is incorrect.");
		}
		HttpResponse<String> fifth = browser.signIn(user.email(), "wrong-5");
		assertThat(fifth.body()).containsPattern("this account is locked until \\d\\d:\\d\\d UTC");

		HttpResponse<String> rightPasswordWhileLocked = browser.signIn(user.email(), "right-password-1");
		assertThat(rightPasswordWhileLocked.body()).containsPattern("locked until \\d\\d:\\d\\d UTC");
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
		assertThat(page.body()).contains("Email or password is incorrect.");
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
