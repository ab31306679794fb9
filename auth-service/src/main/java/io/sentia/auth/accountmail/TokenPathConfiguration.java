package io.sentia.auth.accountmail;

import java.io.IOException;

import io.sentia.servicekit.errors.ProblemExceptionHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The mailed links carry their single-use token as the last path segment, so a problem
 * answered on one (a used token, a weak password, a wrong method) or an error logged for
 * one would repeat the token. For those paths the problem's {@code instance} and the log
 * name the path template instead
 * ({@link ProblemExceptionHandler#REPORTED_PATH_ATTRIBUTE}).
 */
@Configuration(proxyBeanMethods = false)
class TokenPathConfiguration {

	@Bean
	FilterRegistrationBean<TokenPathFilter> tokenPathFilter() {
		FilterRegistrationBean<TokenPathFilter> registration = new FilterRegistrationBean<>(new TokenPathFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns(AccountMail.RESET_PATH + "*", AccountMail.INVITATION_PATH + "*",
				AccountMail.RESET_PAGE + "*", AccountMail.INVITATION_PAGE + "*");
		return registration;
	}

	/** Names the template of a token path as the path to report. */
	static class TokenPathFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI();
			for (String prefix : new String[] { AccountMail.RESET_PATH, AccountMail.INVITATION_PATH,
					AccountMail.RESET_PAGE, AccountMail.INVITATION_PAGE }) {
				if (path.startsWith(prefix) && path.length() > prefix.length()) {
					request.setAttribute(ProblemExceptionHandler.REPORTED_PATH_ATTRIBUTE, prefix + "(token)");
				}
			}
			chain.doFilter(request, response);
		}

	}

}
