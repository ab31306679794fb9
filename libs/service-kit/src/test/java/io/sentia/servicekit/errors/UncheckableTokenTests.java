package io.sentia.servicekit.errors;

import java.net.http.HttpResponse;

import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.testapp.Http;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the signing keys cannot be fetched (auth-service down or too slow), a request with
 * a token answers 503 problem+json with {@code Retry-After}, not 500: the caller did
 * nothing wrong and may try again. The decoder fails as Nimbus does when the JWK set
 * request times out (a {@link JwtException} that is not a bad token).
 */
@Import(UncheckableTokenTests.KeysTimingOut.class)
class UncheckableTokenTests extends ServiceKitTestSupport {

	@Test
	void aTokenWhoseKeysCannotBeFetchedAnswers503WithRetryAfter() {
		HttpResponse<String> response = http().withBearer(TestTokens.user("tenant-keys-down", Role.VIEWER))
			.get("/test/orders");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = Http.json(response);
		assertThat(problem.get("type").asString()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE.uri().toString());
		assertThat(problem.get("detail").asString()).isEqualTo(ProblemErrorController.TOKEN_UNCHECKED);
		assertThat(problem.get("instance").asString()).isEqualTo("/test/orders");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class KeysTimingOut {

		@Bean
		JwtDecoder jwtDecoder() {
			return (token) -> {
				throw new JwtException("An error occurred while attempting to decode the Jwt: I/O error on GET request"
						+ " for \"http://127.0.0.1:1/oauth2/jwks\": Read timed out");
			};
		}

	}

}
