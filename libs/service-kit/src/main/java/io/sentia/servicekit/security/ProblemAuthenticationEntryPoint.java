package io.sentia.servicekit.security;

import java.io.IOException;

import io.sentia.servicekit.errors.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request without a valid token with 401 problem+json and the RFC 6750
 * {@code WWW-Authenticate: Bearer ...} challenge Spring Security computes.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.challenge.commence(request, response, authException);
		// The bearer filter raises OAuth2 exceptions only for a token it was given.
		boolean tokenSent = authException instanceof OAuth2AuthenticationException;
		SecurityProblems.write(request, response, ProblemType.UNAUTHORIZED,
				tokenSent ? SecurityProblems.INVALID_TOKEN_DETAIL : SecurityProblems.MISSING_TOKEN_DETAIL);
	}

}
