package io.sentia.auth.mfa;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.device.KnownDevices;
import io.sentia.auth.login.LoginProperties;
import io.sentia.auth.user.Membership;
import io.sentia.auth.user.User;
import io.sentia.auth.user.Users;
import io.sentia.events.AuditRecorded.Outcome;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The second step of browser sign-in. After a correct password, a user without MFA goes
 * on as before (the pending authorization request resumes); a user with MFA is signed out
 * again at once, their password step parked in a {@link SecondFactorChallenge}, and sent
 * to the code page. A right code (TOTP or recovery code) signs them in with both factors
 * and resumes the authorization request; five wrong codes end the challenge, and five
 * wrong codes within the lockout window lock the account like wrong passwords do.
 */
public class SecondFactorSignIn implements AuthenticationSuccessHandler {

	static final String CODE_PAGE = "/login/mfa";

	/** Wrong codes one challenge allows before the user must start again. */
	static final int MAX_FAILURES_PER_CHALLENGE = 5;

	/** How long a user may take to enter the code. */
	static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);

	private final TotpFactor totp;

	private final Users users;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final LoginProperties loginProperties;

	private final Clock clock;

	private final KnownDevices devices;

	private final SavedRequestAwareAuthenticationSuccessHandler resume = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SecondFactorSignIn(TotpFactor totp, Users users, AuditLog auditLog, JdbcClient jdbc,
			LoginProperties loginProperties, Clock clock, KnownDevices devices) {
		this.totp = totp;
		this.users = users;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.loginProperties = loginProperties;
		this.clock = clock;
		this.devices = devices;
		this.resume.setDefaultTargetUrl(loginProperties.defaultTargetUrl());
	}

	/** The password step succeeded. */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		UUID userId = UUID.fromString(authentication.getName());
		if (!this.totp.requiredFor(userId)) {
			this.devices.signedIn(request, response, userId);
			this.resume.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		// The form login filter has already stored the authentication: take it back.
		SecurityContext empty = this.holder.createEmptyContext();
		this.holder.setContext(empty);
		this.contexts.saveContext(empty, request, response);
		request.getSession()
			.setAttribute(SecondFactorChallenge.SESSION_ATTRIBUTE,
					new SecondFactorChallenge(authentication, userId, this.clock.instant(), 0));
		response.sendRedirect(request.getContextPath() + CODE_PAGE);
	}

	/**
	 * Checks a code against the session's challenge.
	 * @param request the code page's form post
	 * @param response the response, redirected on success
	 * @param code what the user typed
	 * @return what happened
	 */
	Result submit(HttpServletRequest request, HttpServletResponse response, String code)
			throws IOException, ServletException {
		HttpSession session = request.getSession(false);
		SecondFactorChallenge challenge = SecondFactorChallenge.of(session);
		if (challenge == null) {
			return Result.NO_CHALLENGE;
		}
		Instant now = this.clock.instant();
		if (now.isAfter(challenge.startedAt().plus(CHALLENGE_LIFETIME))) {
			session.removeAttribute(SecondFactorChallenge.SESSION_ATTRIBUTE);
			return Result.EXPIRED;
		}
		Optional<User> user = this.users.findById(challenge.userId());
		if (user.isEmpty() || !user.get().active() || user.get().lockedAt(now)) {
			session.removeAttribute(SecondFactorChallenge.SESSION_ATTRIBUTE);
			return Result.ENDED;
		}
		UUID tenantId = this.users.actingMembership(user.get()).map(Membership::tenantId).orElse(null);
		Optional<SecondFactor> proven = this.totp.verifySignIn(challenge.userId(), user.get().email(), tenantId, code);
		if (proven.isEmpty()) {
			if (lockIfGuessing(user.get(), tenantId, now)) {
				session.removeAttribute(SecondFactorChallenge.SESSION_ATTRIBUTE);
				return Result.ENDED;
			}
			SecondFactorChallenge failed = challenge.failedOnce();
			if (failed.failures() >= MAX_FAILURES_PER_CHALLENGE) {
				session.removeAttribute(SecondFactorChallenge.SESSION_ATTRIBUTE);
				return Result.ENDED;
			}
			session.setAttribute(SecondFactorChallenge.SESSION_ATTRIBUTE, failed);
			return Result.WRONG_CODE;
		}
		session.removeAttribute(SecondFactorChallenge.SESSION_ATTRIBUTE);
		Authentication signedIn = withSecondFactor(challenge.authentication());
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(signedIn);
		this.holder.setContext(context);
		// A new session id for the fully signed-in session (session fixation).
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
		this.devices.signedIn(request, response, challenge.userId());
		this.resume.onAuthenticationSuccess(request, response, signedIn);
		return Result.SIGNED_IN;
	}

	/**
	 * Locks the account when wrong codes within the lockout window reach the
	 * wrong-password limit: someone who has the password is guessing codes. Counted from
	 * the audit log, so a new challenge (after a new correct password) does not reset the
	 * count.
	 */
	private boolean lockIfGuessing(User user, UUID tenantId, Instant now) {
		Instant since = now.minus(this.loginProperties.lockDuration());
		int failures = this.jdbc.sql("""
				SELECT count(*) FROM audit_event
				WHERE actor_id = :userId AND action = 'mfa.verified' AND outcome = 'failure' AND occurred_at > :since
				""")
			.param("userId", user.id().toString())
			.param("since", since.atOffset(java.time.ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		if (failures < this.loginProperties.maxFailedAttempts()) {
			return false;
		}
		Instant until = now.plus(this.loginProperties.lockDuration());
		this.jdbc.sql("UPDATE app_user SET locked_until = :until, failed_attempts = 0 WHERE id = :id")
			.param("until", until.atOffset(java.time.ZoneOffset.UTC))
			.param("id", user.id())
			.update();
		this.auditLog
			.record(AuditEntry.of(AuditEntry.user(user.id(), user.email()), tenantId, "user.locked", Outcome.SUCCESS)
				.withTarget("user", user.id().toString())
				.withDetail("reason", "too many wrong second-factor codes")
				.withDetail("lockedUntil", until.toString()));
		return true;
	}

	private static Authentication withSecondFactor(Authentication passwordStep) {
		List<GrantedAuthority> authorities = new ArrayList<>(passwordStep.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromFactor("TOTP"));
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken
			.authenticated(passwordStep.getPrincipal(), null, authorities);
		signedIn.setDetails(passwordStep.getDetails());
		return signedIn;
	}

	/** What a code submission came to. */
	enum Result {

		/** Both factors given; the response redirects onwards. */
		SIGNED_IN,

		/** Wrong code; the user may try again. */
		WRONG_CODE,

		/** No challenge in this session: start at the password page. */
		NO_CHALLENGE,

		/** The challenge took too long. */
		EXPIRED,

		/** Too many wrong codes, or the account can no longer sign in. */
		ENDED

	}

}
