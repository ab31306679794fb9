package io.sentia.auth.token;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.sentia.servicekit.errors.ProblemType;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles the endpoints where clients authenticate with a secret
 * ({@code /oauth2/token}, {@code /oauth2/introspect}, {@code /oauth2/revoke}) before
 * Spring Security hashes anything: an address or client id with too many recent failures
 * is answered 429 problem+json with {@code Retry-After}; every 401 the authorization
 * server answers (a failed client authentication) counts as a failure of the address and
 * the client id.
 */
class ClientAuthenticationThrottleFilter extends OncePerRequestFilter {

	static final Set<String> PATHS = Set.of("/oauth2/token", "/oauth2/introspect", "/oauth2/revoke");

	private final ClientAuthenticationThrottle throttle;

	private final int maxConcurrentPerAddress;

	private final Map<String, AtomicInteger> inProgress = new ConcurrentHashMap<>();

	ClientAuthenticationThrottleFilter(ClientAuthenticationThrottle throttle, int maxConcurrentPerAddress) {
		this.throttle = throttle;
		this.maxConcurrentPerAddress = maxConcurrentPerAddress;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !PATHS.contains(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		AtomicInteger concurrent = this.inProgress.computeIfAbsent(address, (key) -> new AtomicInteger());
		try {
			if (concurrent.incrementAndGet() > this.maxConcurrentPerAddress) {
				tooMany(response, Duration.ZERO,
						"Too many requests from this address at once; wait for Retry-After " + "seconds.");
				return;
			}
			String clientId = clientId(request);
			Optional<Duration> refusal = this.throttle.refusal(address, clientId);
			if (refusal.isPresent()) {
				tooMany(response, refusal.get(), "Too many failed client authentications from this address or for "
						+ "this client; wait for Retry-After seconds.");
				return;
			}
			chain.doFilter(request, response);
			if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
				this.throttle.recordFailure(address, clientId);
			}
		}
		finally {
			if (concurrent.decrementAndGet() == 0) {
				this.inProgress.remove(address, concurrent);
			}
		}
	}

	/** The client id of HTTP Basic (RFC 6749 2.3.1: form-encoded) or of the form. */
	private static @Nullable String clientId(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = credentials.indexOf(':');
				return (colon > 0) ? URLDecoder.decode(credentials.substring(0, colon), StandardCharsets.UTF_8) : null;
			}
			catch (IllegalArgumentException ex) {
				// Malformed: the authorization server refuses it; only the address
				// counts.
				return null;
			}
		}
		String clientId = request.getParameter("client_id");
		return (clientId != null && !clientId.isBlank()) ? clientId : null;
	}

	private static void tooMany(HttpServletResponse response, Duration wait, String detail) throws IOException {
		ProblemType type = ProblemType.TOO_MANY_REQUESTS;
		response.setStatus(type.status().value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds() + 1)));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":"
					+ type.status().value() + ",\"detail\":\"" + detail + "\"}");
	}

}
