package io.sentia.auth.mfa;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.auth.Browser;
import io.sentia.auth.GatewayLogin;
import io.sentia.auth.VerifiedTokens;
import io.sentia.servicekit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's browser login for a user with TOTP: after the right password the
 * authorization server issues no code until the second factor (a TOTP code or a recovery
 * code, each usable once) is given; users without TOTP sign in as before.
 */
class SecondFactorSignInTests extends AuthApiTestSupport {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final String PASSWORD = "correct horse battery";

	@Test
	void aUserWithoutTotpGetsTheCodeRightAfterThePassword() {
		TestUser user = newUser(newTenant(), Role.VIEWER, PASSWORD);

		Map<String, Object> tokens = GatewayLogin.signInAndExchange(browser(), user.email(), PASSWORD);

		assertThat(VerifiedTokens.claims(browser(), (String) tokens.get("access_token")).getSubject())
			.isEqualTo(user.id().toString());
	}

	@Test
	void aUserWithTotpGetsNoCodeUntilTheRightTotpCode() {
		UUID tenant = newTenant();
		TestUser user = newUser(tenant, Role.MANAGER, PASSWORD);
		Enrolled enrolled = enrol(user);
		Browser browser = browser();
		String verifier = GatewayLogin.randomVerifier();
		String authorize = GatewayLogin.authorizeUrl(browser, GatewayLogin.challenge(verifier));
		browser.get(authorize);

		HttpResponse<String> codePage = browser.signIn(user.email(), PASSWORD);

		assertThat(codePage.statusCode()).isEqualTo(200);
		assertThat(codePage.uri().getPath()).isEqualTo("/login/mfa");
		// Still not signed in: the authorization request sends the browser to sign in.
		HttpResponse<String> meanwhile = browser.get(authorize);
		assertThat(meanwhile.statusCode()).isEqualTo(200);
		assertThat(meanwhile.uri().getPath()).isEqualTo("/login");

		browser.signIn(user.email(), PASSWORD);
		HttpResponse<String> wrong = submitCode(browser, "000000".equals(nextCode(enrolled)) ? "111111" : "000000");
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("The code is wrong");
		HttpResponse<String> callback = submitCode(browser, nextCode(enrolled));

		String code = authorizationCode(callback);
		HttpResponse<String> exchanged = browser.token("sentia-gateway", "sentia-gateway-dev-secret",
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", GatewayLogin.REDIRECT_URI,
						"code_verifier", verifier));
		assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
		String accessToken = (String) VerifiedTokens.json(exchanged).get("access_token");
		assertThat(VerifiedTokens.claims(browser, accessToken).getSubject()).isEqualTo(user.id().toString());
		assertThat(outcomes(user, "mfa.verified")).containsExactly("failure", "success");
	}

	@Test
	void aRecoveryCodeSignsInOnce() {
		TestUser user = newUser(newTenant(), Role.VIEWER, PASSWORD);
		Enrolled enrolled = enrol(user);
		String recoveryCode = enrolled.recoveryCodes().get(0);

		Browser first = browser();
		first.get(GatewayLogin.authorizeUrl(first, GatewayLogin.challenge(GatewayLogin.randomVerifier())));
		first.signIn(user.email(), PASSWORD);
		HttpResponse<String> signedIn = submitCode(first, recoveryCode.toUpperCase());

		Browser second = browser();
		second.get(GatewayLogin.authorizeUrl(second, GatewayLogin.challenge(GatewayLogin.randomVerifier())));
		second.signIn(user.email(), PASSWORD);
		HttpResponse<String> reused = submitCode(second, recoveryCode);

		assertThat(authorizationCode(signedIn)).isNotBlank();
		assertThat(reused.statusCode()).isEqualTo(200);
		assertThat(reused.body()).contains("The code is wrong");
		assertThat(this.jdbc.sql("SELECT count(*) FROM mfa_recovery_code WHERE user_id = :id AND used_at IS NULL")
			.param("id", user.id())
			.query(Integer.class)
			.single()).isEqualTo(9);
	}

	@Test
	void fiveWrongCodesEndTheAttemptAndLockTheAccount() {
		TestUser user = newUser(newTenant(), Role.VIEWER, PASSWORD);
		Enrolled enrolled = enrol(user);
		String right = nextCode(enrolled);
		String wrong = "000000".equals(right) ? "111111" : "000000";
		Browser browser = browser();
		browser.get(GatewayLogin.authorizeUrl(browser, GatewayLogin.challenge(GatewayLogin.randomVerifier())));
		browser.signIn(user.email(), PASSWORD);

		for (int i = 0; i < 4; i++) {
			assertThat(submitCode(browser, wrong).body()).contains("The code is wrong");
		}
		HttpResponse<String> fifth = submitCode(browser, wrong);

		assertThat(fifth.uri().getPath()).isEqualTo("/login");
		assertThat(this.jdbc.sql("SELECT locked_until > now() FROM app_user WHERE id = :id")
			.param("id", user.id())
			.query(Boolean.class)
			.single()).isTrue();
		// The right code no longer helps: the challenge is over.
		HttpResponse<String> late = submitCode(browser, right);
		assertThat(late.uri().getPath()).isEqualTo("/login");
	}

	@Test
	void theCodePageWithoutAPasswordStepSendsToSignIn() {
		Browser browser = browser();

		HttpResponse<String> page = browser.get("/login/mfa");

		assertThat(page.uri().getPath()).isEqualTo("/login");
	}

	private Enrolled enrol(TestUser user) {
		String token = token(user);
		byte[] secret = Base32.decode(json(post(TotpApiTests.TOTP, token, null)).get("secret").asString());
		long step = Totp.step(Instant.now());
		HttpResponse<String> confirmed = post(TotpApiTests.TOTP + "/confirm", token,
				TotpApiTests.code(Totp.code(secret, step, Totp.DIGITS)));
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		List<String> codes = json(confirmed).get("recoveryCodes").valueStream().map(JsonNode::asString).toList();
		return new Enrolled(secret, step, codes);
	}

	/**
	 * A code of the step after the one used to confirm: within the window, never used.
	 */
	private static String nextCode(Enrolled enrolled) {
		return Totp.code(enrolled.secret(), enrolled.confirmedStep() + 1, Totp.DIGITS);
	}

	private HttpResponse<String> submitCode(Browser browser, String code) {
		HttpResponse<String> page = browser.get("/login/mfa");
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			return page;
		}
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/login/mfa"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(Browser.form(Map.of("code", code, "_csrf", csrf.group(1))))));
		if (response.statusCode() / 100 != 3) {
			return response;
		}
		URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
		return next.toString().startsWith(browser.base()) ? browser.get(next.toString()) : response;
	}

	private static String authorizationCode(HttpResponse<String> callback) {
		assertThat(callback.statusCode()).as(callback.uri() + " " + callback.body()).isEqualTo(302);
		URI location = URI.create(callback.headers().firstValue("Location").orElseThrow());
		assertThat(location.toString()).startsWith(GatewayLogin.REDIRECT_URI);
		return UriComponentsBuilder.fromUri(location).build().getQueryParams().getFirst("code");
	}

	private List<String> outcomes(TestUser user, String action) {
		return this.jdbc.sql("SELECT outcome FROM audit_event WHERE actor_id = :id AND action = :action ORDER BY seq")
			.param("id", user.id().toString())
			.param("action", action)
			.query(String.class)
			.list();
	}

	private record Enrolled(byte[] secret, long confirmedStep, List<String> recoveryCodes) {
	}

}
