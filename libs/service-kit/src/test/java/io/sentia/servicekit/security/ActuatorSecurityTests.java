package io.sentia.servicekit.security;

import java.net.http.HttpResponse;

import io.sentia.servicekit.security.SentiaSecurityProperties.Operations;
import io.sentia.servicekit.testapp.Http;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator endpoints: health stays open for probes, everything else (Prometheus, info,
 * metrics) needs the operations credential over HTTP basic, and a tenant's token, even an
 * ADMIN's, is no substitute.
 */
class ActuatorSecurityTests extends ServiceKitTestSupport {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void answersHealthWithoutACredential(String path) {
		assertThat(http().get(path).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/info", "/actuator/metrics" })
	void refusesAnAnonymousCallerWith401ProblemAndABasicChallenge(String path) {
		HttpResponse<String> response = http().get(path);

		assertUnauthorized(response);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/info", "/actuator/metrics" })
	void answersTheOperationsCredential(String path) {
		HttpResponse<String> response = operations().get(path, "*/*");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/metrics" })
	void refusesATenantsBearerToken(String path) {
		HttpResponse<String> response = http().withBearer(TestTokens.user(TENANT, Role.ADMIN)).get(path);

		assertUnauthorized(response);
		assertThat(response.body()).doesNotContain("jvm_");
	}

	@ParameterizedTest
	@ValueSource(strings = { "operations:wrong-password", "prometheus:sentia-operations-dev-secret" })
	void refusesAWrongUserOrPassword(String pair) {
		String[] userAndPassword = pair.split(":", 2);
		HttpResponse<String> response = http().withBasic(userAndPassword[0], userAndPassword[1])
			.get("/actuator/prometheus");

		assertUnauthorized(response);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/test/reports", "/no/such/route" })
	void isNoCredentialForTheApi(String path) {
		HttpResponse<String> response = operations().get(path);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith(SecurityProblems.BEARER_CHALLENGE));
	}

	private Http operations() {
		return http().withBasic(Operations.DEVELOPMENT_USERNAME, Operations.DEVELOPMENT_PASSWORD);
	}

	private static void assertUnauthorized(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValue(OperationsAuthenticationEntryPoint.BASIC_CHALLENGE);
		JsonNode problem = Http.json(response);
		assertThat(problem.get("type").asString()).isEqualTo("https://sentia.io/problems/unauthorized");
		assertThat(problem.get("detail").asString()).isEqualTo(OperationsAuthenticationEntryPoint.DETAIL);
	}

}
