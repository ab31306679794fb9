package io.sentia.auth.user;

import java.time.Duration;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordHashingBusyFilterTests {

	private final PasswordHashingBusyFilter filter = new PasswordHashingBusyFilter();

	@Test
	void answers503WithRetryAfterWhenHashingIsSaturated() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/oauth2/token"), response, (request, ignored) -> {
			throw new PasswordHashingBusyException(Duration.ofSeconds(2));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("2");
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("https://sentia.io/problems/service-unavailable")
			.contains("try again in a few seconds");
	}

	@Test
	void leavesOtherFailuresAlone() {
		assertThatExceptionOfType(ServletException.class).isThrownBy(() -> this.filter
			.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
				throw new ServletException("something else");
			}));
	}

}
