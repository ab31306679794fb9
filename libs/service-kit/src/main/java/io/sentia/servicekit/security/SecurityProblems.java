package io.sentia.servicekit.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sentia.servicekit.errors.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes 401 and 403 answers as the same problem+json every other error of a service is,
 * straight to the response: security answers before any controller advice could.
 */
final class SecurityProblems {

	/** Challenge of a 401 when the request carried no token at all (RFC 6750 §3). */
	static final String BEARER_CHALLENGE = "Bearer";

	static final String MISSING_TOKEN_DETAIL = "A bearer access token is required.";

	static final String INVALID_TOKEN_DETAIL = "The bearer access token is invalid or has expired; get a new one.";

	private static final JsonMapper json = JsonMapper.builder().build();

	private SecurityProblems() {
	}

	static ProblemDetail problem(ProblemType type, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		return problem;
	}

	static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
			throws IOException {
		ProblemDetail problem = problem(type, detail, request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", String.valueOf(problem.getInstance()));
		response.setStatus(type.status().value());
		if (type == ProblemType.UNAUTHORIZED && !response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
		response.getWriter().flush();
	}

}
