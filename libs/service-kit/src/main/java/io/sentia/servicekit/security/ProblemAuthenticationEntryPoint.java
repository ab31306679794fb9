package io.sentia.servicekit.security;

import java.io.IOException;

import io.sentia.servicekit.errors.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.StringUtils;

/**
 * Answers a request without a valid token with 401 problem+json and an RFC 6750
 * challenge: {@code Bearer} when no token came, {@code Bearer error="invalid_token",
 * error_description="..."} when a token was refused. Built here rather than by Spring
 * Security's entry point, which also advertises protected-resource metadata that services
 * do not serve.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		// The bearer filter raises OAuth2 exceptions only for a token it was given.
		if (authException instanceof OAuth2AuthenticationException refused) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(refused.getError()));
			SecurityProblems.write(request, response, ProblemType.UNAUTHORIZED, SecurityProblems.INVALID_TOKEN_DETAIL);
		}
		else {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, SecurityProblems.BEARER_CHALLENGE);
			SecurityProblems.write(request, response, ProblemType.UNAUTHORIZED, SecurityProblems.MISSING_TOKEN_DETAIL);
		}
	}

	static String challenge(OAuth2Error error) {
		StringBuilder challenge = new StringBuilder(SecurityProblems.BEARER_CHALLENGE).append(" error=\"")
			.append(quotable(error.getErrorCode()))
			.append('"');
		if (StringUtils.hasText(error.getDescription())) {
			challenge.append(", error_description=\"").append(quotable(error.getDescription())).append('"');
		}
		return challenge.toString();
	}

	/**
	 * RFC 6750 §3 allows printable ASCII except {@code "} and {@code \} in these values.
	 */
	private static String quotable(String value) {
		return value.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "");
	}

}
