package io.sentia.servicekit.security;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;

import io.sentia.servicekit.testapp.Http;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test service as a resource server: only good tokens of the test issuer get in,
 * roles include lower roles, partners get in by scope, a handler without {@code @Access}
 * is closed, and the tenant comes from the token.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResourceServerTests extends ServiceKitTestSupport {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	private static final String OTHER_TENANT = "0b7e2c55-6f0e-4a51-9d0e-8c3f1f6f2a10";

	private static final String REPORTS = "/api/test/reports";

	@Test
	void rejectsARequestWithoutATokenWith401ProblemAndABearerChallenge() {
		HttpResponse<String> response = http().get(REPORTS);

		JsonNode problem = problem(response, 401, "unauthorized");
		assertThat(problem.get("detail").asString()).isEqualTo("A bearer access token is required.");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
	}

	static Stream<Arguments> attacks() {
		return Stream.of(attack("expired", TestTokens::expired),
				attack("tampered signature", TestTokens::tamperedSignature), attack("alg none", TestTokens::algNone),
				attack("wrong issuer", TestTokens::wrongIssuer), attack("wrong audience", TestTokens::wrongAudience),
				attack("unknown kid", TestTokens::unknownKid),
				attack("HS256 signed with the public key", TestTokens::hs256SignedWithPublicKey),
				attack("no tenant_id",
						(tenant) -> TestTokens.userClaims(tenant, "ADMIN").claim("tenant_id", null).sign()),
				attack("tenant_id not a UUID",
						(tenant) -> TestTokens.userClaims(tenant, "ADMIN").claim("tenant_id", "highland").sign()),
				attack("no principal_type",
						(tenant) -> TestTokens.userClaims(tenant, "ADMIN").claim("principal_type", null).sign()),
				attack("no exp", (tenant) -> TestTokens.userClaims(tenant, "ADMIN").expiresAt(null).sign()),
				attack("not yet valid",
						(tenant) -> TestTokens.userClaims(tenant, "ADMIN")
							.issuedAt(Instant.now().plusSeconds(600))
							.sign()),
				attack("garbage", (tenant) -> "not-a-jwt"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("attacks")
	void rejectsABadTokenWith401ProblemNamingTheInvalidToken(String attack, Function<String, String> token) {
		HttpResponse<String> response = http().withBearer(token.apply(TENANT)).get(REPORTS);

		JsonNode problem = problem(response, 401, "unauthorized");
		assertThat(problem.get("detail").asString()).contains("invalid");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
		assertThat(response.body()).doesNotContain("Exception", "at org.", "at io.");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void letsARoleInOnlyIfItIncludesTheRequiredOne(Role role) {
		HttpResponse<String> response = http().withBearer(TestTokens.user(TENANT, role)).post("/api/test/plans", "{}");

		if (role.includes(Role.MANAGER)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
		else {
			JsonNode problem = problem(response, 403, "forbidden");
			assertThat(problem.get("detail").asString()).contains("MANAGER").contains(role.name());
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void letsEveryRoleReadWhatViewersMayRead(Role role) {
		assertThat(http().withBearer(TestTokens.user(TENANT, role)).get(REPORTS).statusCode()).isEqualTo(200);
	}

	@Test
	void letsAPartnerInWithAnyOfTheDeclaredScopes() {
		HttpResponse<String> response = http()
			.withBearer(TestTokens.partner(TENANT, "forecasts.read", "analytics.read"))
			.get(REPORTS);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = Http.json(response);
		assertThat(body.get("type").asString()).isEqualTo("CLIENT");
		assertThat(body.get("role").asString()).isEqualTo("null");
	}

	@Test
	void refusesAPartnerWithoutADeclaredScopeNamingTheScopes() {
		JsonNode problem = problem(http().withBearer(TestTokens.partner(TENANT, "forecasts.read")).get(REPORTS), 403,
				"forbidden");

		assertThat(problem.get("detail").asString()).contains("analytics.read");
	}

	@Test
	void refusesEveryPartnerWhereOnlyUsersAreAllowed() {
		String token = TestTokens.partner(TENANT, "analytics.read", "forecasts.write", "integrations.write",
				"webhooks.manage", "platform.admin");

		problem(http().withBearer(token).post("/api/test/plans", "{}"), 403, "forbidden");
	}

	@Test
	void neverLetsAUserInByScope() {
		String token = TestTokens.userClaims(TENANT, "VIEWER")
			.claim("roles", null)
			.claim("scope", java.util.List.of("analytics.read"))
			.sign();

		problem(http().withBearer(token).get(REPORTS), 403, "forbidden");
	}

	@Test
	void appliesTheClassRuleUnlessTheMethodHasItsOwn() {
		assertThat(http().withBearer(TestTokens.user(TENANT, Role.OPERATOR)).get("/api/test/syncs").statusCode())
			.isEqualTo(200);
		assertThat(
				http().withBearer(TestTokens.partner(TENANT, "integrations.write")).get("/api/test/syncs").statusCode())
			.isEqualTo(200);
		assertThat(http().withBearer(TestTokens.user(TENANT, Role.VIEWER)).get("/api/test/syncs").statusCode())
			.isEqualTo(403);
		assertThat(
				http().withBearer(TestTokens.user(TENANT, Role.MANAGER)).get("/api/test/syncs/settings").statusCode())
			.isEqualTo(403);
		assertThat(http().withBearer(TestTokens.partner(TENANT, "integrations.write"))
			.get("/api/test/syncs/settings")
			.statusCode()).isEqualTo(403);
		assertThat(http().withBearer(TestTokens.user(TENANT, Role.ADMIN)).get("/api/test/syncs/settings").statusCode())
			.isEqualTo(200);
	}

	@Test
	void closesAHandlerWithoutAccessToEveryoneAndLogsWhichOne(CapturedOutput output) {
		HttpResponse<String> response = http().withBearer(TestTokens.user(TENANT, Role.ADMIN))
			.get("/api/test/unguarded");

		JsonNode problem = problem(response, 403, "forbidden");
		assertThat(problem.get("detail").asString()).contains("no access rule");
		assertThat(response.body()).doesNotContain("leaked");
		assertThat(output).contains("SecuredTestController#unguarded").contains("has no @Access");
	}

	@Test
	void closesAFunctionalEndpointUnderApiThatIsNotPublic(CapturedOutput output) {
		HttpResponse<String> response = http().withBearer(TestTokens.user(TENANT, Role.ADMIN))
			.get("/api/test/functional");

		problem(response, 403, "forbidden");
		assertThat(response.body()).doesNotContain("leaked");
		assertThat(output).contains("a functional endpoint").contains("has no @Access");
	}

	@Test
	void answersAPublicApiPathWithoutTokenOrRule() {
		HttpResponse<String> response = http().get("/api/test/open/ping", "text/plain");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("pong");
	}

	@Test
	void takesTheTenantFromTheTokenNeverFromTheRequest() {
		HttpResponse<String> response = http().withBearer(TestTokens.user(TENANT, Role.VIEWER))
			.get(REPORTS + "?tenantId=" + OTHER_TENANT);

		JsonNode body = Http.json(response);
		assertThat(body.get("tenantId").asString()).isEqualTo(TENANT);
		assertThat(body.get("role").asString()).isEqualTo("VIEWER");
		assertThat(body.get("type").asString()).isEqualTo("USER");
		assertThat(Http.json(http().withBearer(TestTokens.partner(OTHER_TENANT, "analytics.read")).get(REPORTS))
			.get("tenantId")
			.asString()).isEqualTo(OTHER_TENANT);
	}

	@Test
	void keepsHealthOpenAndEverythingElseClosed() {
		assertThat(http().get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		problem(http().get("/actuator/prometheus", "text/plain"), 401, "unauthorized");
		problem(http().get("/actuator/metrics"), 401, "unauthorized");
		problem(http().get("/no/such/route"), 401, "unauthorized");
	}

	@Test
	void keepsNoSession() {
		HttpResponse<String> response = http().withBearer(TestTokens.user(TENANT, Role.VIEWER)).get(REPORTS);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	private static Arguments attack(String name, Function<String, String> token) {
		return Arguments.of(name, token);
	}

	private static JsonNode problem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = Http.json(response);
		assertThat(problem.get("type").asString()).isEqualTo("https://sentia.io/problems/" + type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		return problem;
	}

}
