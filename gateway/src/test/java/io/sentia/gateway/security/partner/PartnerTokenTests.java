package io.sentia.gateway.security.partner;

import java.util.function.Function;
import java.util.stream.Stream;

import io.sentia.gateway.StubBackend.Hit;
import io.sentia.gateway.StubbedPlatform;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Partners present bearer tokens; the gateway checks them as a resource server would. */
class PartnerTokenTests extends StubbedPlatform {

	private static final String KPIS = "/api/analytics/v1/kpis";

	@Test
	void passesAValidPartnerTokenOnUnchanged() {
		String token = TestTokens.partner(TENANT, "analytics.read");

		as(token).get().uri(KPIS).exchange().expectStatus().isOk();

		assertThat(service("analytics-service").hits(KPIS)).extracting(Hit::authorization)
			.containsExactly("Bearer " + token);
	}

	@Test
	void acceptsAUserToken() {
		as(TestTokens.user(TENANT, "VIEWER")).get().uri(KPIS).exchange().expectStatus().isOk();
	}

	@Test
	void neverCreatesASessionForAPartner() {
		this.gateway.get()
			.uri(KPIS)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

	static Stream<Arguments> badTokens() {
		return Stream.of(Arguments.of("expired", (Function<String, String>) TestTokens::expired),
				Arguments.of("tampered signature", (Function<String, String>) TestTokens::tamperedSignature),
				Arguments.of("alg none", (Function<String, String>) TestTokens::algNone),
				Arguments.of("wrong issuer", (Function<String, String>) TestTokens::wrongIssuer),
				Arguments.of("wrong audience", (Function<String, String>) TestTokens::wrongAudience),
				Arguments.of("unknown kid", (Function<String, String>) TestTokens::unknownKid),
				Arguments.of("HS256 signed with the public key",
						(Function<String, String>) TestTokens::hs256SignedWithPublicKey),
				Arguments.of("not a JWT", (Function<String, String>) (tenant) -> "not-a-jwt"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void rejectsABadTokenWithAProblemAndNeverCallsTheService(String attack, Function<String, String> token) {
		as(token.apply(TENANT)).get()
			.uri(KPIS)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\".*")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.type")
			.isEqualTo("https://sentia.io/problems/unauthorized");

		assertThat(service("analytics-service").hits(KPIS)).isEmpty();
	}

	@Test
	void rejectsABadTokenEvenOnAPublicPath() {
		// A caller that presents credentials gets them checked, wherever it calls.
		as(TestTokens.expired(TENANT)).get().uri("/health").exchange().expectStatus().isUnauthorized();
	}

}
