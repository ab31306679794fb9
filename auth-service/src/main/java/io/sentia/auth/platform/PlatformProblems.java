package io.sentia.auth.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.sentia.servicekit.errors.ProblemType;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The platform chain's 401 and 403 answers, as problem+json like every other API answer.
 */
final class PlatformProblems {

	private PlatformProblems() {
	}

	static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, ProblemType.UNAUTHORIZED, "A valid platform access token is required.");
	}

	static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, ProblemType.FORBIDDEN, "This request needs the scope platform.admin.");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
			throws IOException {
		response.setStatus(type.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// Fixed texts only, so no JSON escaping is needed beyond the request path.
		String instance = request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"");
		response.getWriter()
			.write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":"
					+ type.status().value() + ",\"detail\":\"" + detail + "\",\"instance\":\"" + instance + "\"}");
	}

}
