package io.sentia.servicekit.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.sentia.servicekit.errors.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Enforces {@link Access} on every handler method under {@code /api/**} before it runs
 * (so before its arguments are read): the caller's role or scopes must allow it, and a
 * handler without {@code @Access} is denied to everyone and logged. Paths the service
 * declares public need no rule; a functional endpoint (which cannot carry
 * {@code @Access}) under {@code /api/**} is only reachable on a public path.
 */
public class AccessInterceptor implements HandlerInterceptor {

	/** Prefix of the paths whose handlers must declare {@link Access}. */
	public static final String API_PREFIX = "/api/";

	private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);

	private final Set<String> reportedUnguarded = ConcurrentHashMap.newKeySet();

	private final List<PathPattern> publicPaths;

	/**
	 * Creates the interceptor.
	 * @param publicPaths path patterns answered without a token (they need no rule)
	 */
	public AccessInterceptor(List<String> publicPaths) {
		this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!isApi(request) || isPublic(request)) {
			return true;
		}
		if (handler instanceof HandlerFunction<?> function) {
			return deny(request, response, function.getClass().getName() + " (a functional endpoint)");
		}
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Access access = access(method);
		if (access == null) {
			return deny(request, response, method.toString());
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
			SecurityProblems.write(request, response, ProblemType.UNAUTHORIZED, SecurityProblems.MISSING_TOKEN_DETAIL);
			return false;
		}
		Caller caller = CallerClaims.caller(token.getToken());
		if (caller.isAllowed(access)) {
			return true;
		}
		SecurityProblems.write(request, response, ProblemType.FORBIDDEN, refusal(caller, access));
		return false;
	}

	private boolean deny(HttpServletRequest request, HttpServletResponse response, String handler) throws IOException {
		if (this.reportedUnguarded.add(handler)) {
			log.error("Denying {} {}: handler {} has no @Access, so nobody may call it", request.getMethod(),
					request.getRequestURI(), handler);
		}
		SecurityProblems.write(request, response, ProblemType.FORBIDDEN,
				"This endpoint declares no access rule, so it is closed to every caller.");
		return false;
	}

	private boolean isPublic(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
		return this.publicPaths.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	/**
	 * The rule of a handler: its method's {@link Access}, else its class's.
	 * @param method the handler
	 * @return the rule, or {@code null} if it declares none
	 */
	public static @Nullable Access access(HandlerMethod method) {
		Access onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
		return (onMethod != null) ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
	}

	private static boolean isApi(HttpServletRequest request) {
		return UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith(API_PREFIX);
	}

	private static String refusal(Caller caller, Access access) {
		if (caller.type() == PrincipalType.USER) {
			return "This request needs the role " + access.role() + " or higher; your role is "
					+ ((caller.role() != null) ? caller.role() : "none") + ".";
		}
		if (access.scopes().length == 0) {
			return "This request is for users only; partner clients may not make it.";
		}
		return "This request needs one of the scopes " + Arrays.toString(access.scopes()) + ".";
	}

}
