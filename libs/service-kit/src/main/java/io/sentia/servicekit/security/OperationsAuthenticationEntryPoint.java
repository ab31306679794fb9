package io.sentia.servicekit.security;

import java.io.IOException;

import io.sentia.servicekit.errors.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an actuator request without the operations credential with 401 problem+json and
 * a {@code Basic} challenge; a bearer token is not a credential here.
 */
class OperationsAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String BASIC_CHALLENGE = "Basic realm=\"sentia-operations\", charset=\"UTF-8\"";

	static final String DETAIL = "The operations credential (HTTP basic) is required for this endpoint.";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
		SecurityProblems.write(request, response, ProblemType.UNAUTHORIZED, DETAIL);
	}

}
