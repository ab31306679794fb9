package io.sentia.servicekit.testapp;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Fails before any controller for one path, so the error reaches Boot's error path.
 */
@Component
class FailingFilter extends OncePerRequestFilter {

	static final String PATH = "/test/filter-failure";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (PATH.equals(request.getRequestURI())) {
			throw new IllegalStateException(ProblemTestController.SECRET);
		}
		chain.doFilter(request, response);
	}

}
