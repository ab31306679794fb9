package io.sentia.gateway.security;

import io.sentia.gateway.problem.ProblemResponseWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecurityFailureHandlerTests {

	private final SecurityFailureHandler handler = new SecurityFailureHandler(
			new ProblemResponseWriter(JsonMapper.builder().build()));

	@Test
	void answersServiceUnavailableWhenTheSigningKeysCannotBeFetched() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/analytics/v1/kpis"));

		this.handler
			.handle(exchange,
					new AuthenticationServiceException("An error occurred while attempting to decode the Jwt"))
			.block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("auth-service's keys are unreachable");
	}

	@Test
	void asksToLogInAgainWhenTheSessionsTokensCannotBeRefreshed() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/me"));

		this.handler.handle(exchange, new ClientAuthorizationException(new OAuth2Error("invalid_grant"), "sentia"))
			.block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void leavesOtherFailuresToTheGatewaysErrorHandler() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/me"));

		assertThatIllegalStateException()
			.isThrownBy(() -> this.handler.handle(exchange, new IllegalStateException("boom")).block());
	}

}
