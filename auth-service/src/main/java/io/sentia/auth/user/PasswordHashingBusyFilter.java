package io.sentia.auth.user;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.sentia.servicekit.errors.ProblemType;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 problem+json with {@code Retry-After} when password hashing is saturated
 * (429 when the caller has its whole share of hashes in flight), wherever the hash was
 * needed: the sign-in form, the token endpoint (client secrets) or an API. Registered
 * ahead of Spring Security's filters, which do not handle it.
 */
public class PasswordHashingBusyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (PasswordHashingBusyException ex) {
			busy(response, ex);
		}
		catch (ServletException ex) {
			if (ex.getCause() instanceof PasswordHashingBusyException busy) {
				busy(response, busy);
				return;
			}
			throw ex;
		}
	}

	private static void busy(HttpServletResponse response, PasswordHashingBusyException ex) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		ProblemType type = ex.isCallerOverQuota() ? ProblemType.TOO_MANY_REQUESTS : ProblemType.SERVICE_UNAVAILABLE;
		response.reset();
		response.setStatus(type.status().value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.getRetryAfter().toSeconds())));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":"
					+ type.status().value() + ",\"detail\":\"" + ex.getMessage() + "\"}");
	}

}
