package io.sentia.auth.mfa;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * A sign-in waiting for its second factor, kept in the session between the password step
 * and the code step. The password step's authentication is held here, not in the security
 * context, so nothing (the authorization endpoint included) treats the user as signed in
 * until the code is right.
 *
 * @param authentication the password step's result
 * @param userId the user signing in
 * @param startedAt when the password was accepted
 * @param failures wrong codes so far
 */
record SecondFactorChallenge(Authentication authentication, UUID userId, Instant startedAt,
		int failures) implements Serializable {

	static final String SESSION_ATTRIBUTE = SecondFactorChallenge.class.getName();

	static @Nullable SecondFactorChallenge of(@Nullable HttpSession session) {
		return (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SecondFactorChallenge challenge)
				? challenge : null;
	}

	SecondFactorChallenge failedOnce() {
		return new SecondFactorChallenge(this.authentication, this.userId, this.startedAt, this.failures + 1);
	}

}
