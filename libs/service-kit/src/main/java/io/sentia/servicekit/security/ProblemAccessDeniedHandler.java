package io.sentia.servicekit.security;

import java.io.IOException;

import io.sentia.servicekit.errors.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a request the filter chain refuses to an authenticated caller with 403
 * problem+json.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	static final String DETAIL = "Your token does not allow this request.";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		SecurityProblems.write(request, response, ProblemType.FORBIDDEN, DETAIL);
	}

}
