package io.sentia.servicekit.security;

import io.sentia.servicekit.errors.ProblemType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Security exceptions raised inside a controller (e.g. {@code TenantContext} asked
 * without a token, or a method-security check) answer 401/403 like the filter chain does,
 * not the 500 every unexpected exception gets.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityProblemAdvice {

	/**
	 * No verified caller.
	 * @param ex the exception
	 * @param request the request
	 * @return a 401 problem with a Bearer challenge
	 */
	@ExceptionHandler(AuthenticationException.class)
	public ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
		return ResponseEntity.status(ProblemType.UNAUTHORIZED.status())
			.header(HttpHeaders.WWW_AUTHENTICATE, SecurityProblems.BEARER_CHALLENGE)
			.body(SecurityProblems.problem(ProblemType.UNAUTHORIZED, SecurityProblems.MISSING_TOKEN_DETAIL, request));
	}

	/**
	 * A caller without the right role or scope.
	 * @param ex the exception
	 * @param request the request
	 * @return a 403 problem
	 */
	@ExceptionHandler(AccessDeniedException.class)
	public ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
		return ResponseEntity.status(ProblemType.FORBIDDEN.status())
			.body(SecurityProblems.problem(ProblemType.FORBIDDEN, ProblemAccessDeniedHandler.DETAIL, request));
	}

}
