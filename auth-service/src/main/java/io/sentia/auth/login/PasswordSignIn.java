package io.sentia.auth.login;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.audit.RequestOrigin;
import io.sentia.auth.user.Membership;
import io.sentia.auth.user.PasswordHasher;
import io.sentia.auth.user.User;
import io.sentia.auth.user.Users;
import io.sentia.events.AuditRecorded.Actor;
import io.sentia.events.AuditRecorded.Outcome;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks an email and password, in this order: the client address is not throttled; the
 * account exists, is not locked, the password matches, the account is active and belongs
 * to a tenant. Failures count towards the account's lockout and the address's throttle;
 * every outcome is audited with the client address.
 * <p>
 * The authenticated principal is named by the user's id, which becomes the {@code sub} of
 * the user's tokens. Unknown emails, wrong passwords and locked accounts get the same
 * message (which says that accounts lock, not whether this one is), and each costs a
 * hash, so neither the answer nor its timing tells whether an email has an account; the
 * audit log still records the lockout.
 */
public class PasswordSignIn implements AuthenticationProvider {

	static final String BAD_CREDENTIALS = "Email or password is incorrect.";

	private final Users users;

	private final PasswordHasher hasher;

	private final AddressThrottle throttle;

	private final AuditLog audit;

	private final RequestOrigin origin;

	private final LoginProperties properties;

	private final Clock clock;

	private final String unknownUserHash;

	private final String refusal;

	PasswordSignIn(Users users, PasswordHasher hasher, AddressThrottle throttle, AuditLog audit, RequestOrigin origin,
			LoginProperties properties, Clock clock) {
		this.users = users;
		this.hasher = hasher;
		this.throttle = throttle;
		this.audit = audit;
		this.origin = origin;
		this.properties = properties;
		this.clock = clock;
		this.unknownUserHash = hasher.encode("no such user: the hash only equalises timing");
		this.refusal = BAD_CREDENTIALS + " After " + properties.maxFailedAttempts()
				+ " failed attempts in a row, sign-in to an account is locked for "
				+ properties.lockDuration().toMinutes() + " minutes.";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName().trim();
		String password = String.valueOf(authentication.getCredentials());
		String address = clientAddress(authentication);
		Optional<User> found = this.users.findByEmail(email);
		UUID tenantId = found.flatMap(this.users::actingMembership).map(Membership::tenantId).orElse(null);
		Actor actor = found.map((user) -> AuditEntry.user(user.id(), user.email())).orElse(AuditEntry.anonymous());
		if (this.throttle.blocked(address)) {
			record(actor, tenantId, "login.throttled", Outcome.DENIED, address, email);
			throw new ClientAddressThrottledException();
		}
		if (found.isEmpty()) {
			this.hasher.matches(password, this.unknownUserHash);
			this.throttle.recordFailure(address);
			record(actor, null, "login.failed", Outcome.FAILURE, address, email);
			throw new BadCredentialsException(this.refusal);
		}
		User user = found.get();
		Instant now = this.clock.instant();
		if (user.lockedAt(now)) {
			this.hasher.matches(password, this.unknownUserHash);
			this.throttle.recordFailure(address);
			this.audit.record(AuditEntry.of(actor, tenantId, "login.locked_out", Outcome.DENIED)
				.withDetail("email", email)
				.withDetail("lockedUntil", String.valueOf(user.lockedUntil()))
				.withClientAddress(address));
			throw new BadCredentialsException(this.refusal);
		}
		if (!this.hasher.matches(password, user.passwordHash())) {
			this.throttle.recordFailure(address);
			Optional<Instant> lockedUntil = this.users.recordFailedSignIn(user.id(),
					this.properties.maxFailedAttempts(), this.properties.lockDuration());
			record(actor, tenantId, "login.failed", Outcome.FAILURE, address, email);
			if (lockedUntil.isPresent()) {
				this.audit.record(AuditEntry.of(actor, tenantId, "user.locked", Outcome.SUCCESS)
					.withTarget("user", user.id().toString())
					.withDetail("lockedUntil", lockedUntil.get().toString())
					.withClientAddress(address));
			}
			throw new BadCredentialsException(this.refusal);
		}
		if (!user.active()) {
			record(actor, tenantId, "login.deactivated", Outcome.DENIED, address, email);
			throw new DisabledException("This account is deactivated. Ask an administrator of your organisation.");
		}
		if (tenantId == null) {
			record(actor, null, "login.no_tenant", Outcome.DENIED, address, email);
			throw new DisabledException("This account does not belong to any organisation yet.");
		}
		this.users.recordSuccessfulSignIn(user.id());
		record(actor, tenantId, "login.succeeded", Outcome.SUCCESS, address, email);
		List<GrantedAuthority> authorities = List
			.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		org.springframework.security.core.userdetails.User principal = new org.springframework.security.core.userdetails.User(
				user.id().toString(), "", authorities);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities);
		result.setDetails(authentication.getDetails());
		return result;
	}

	private void record(Actor actor, @Nullable UUID tenantId, String action, Outcome outcome, String address,
			String email) {
		this.audit.record(
				AuditEntry.of(actor, tenantId, action, outcome).withDetail("email", email).withClientAddress(address));
	}

	private String clientAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		String address = this.origin.clientAddress();
		return (address != null) ? address : "unknown";
	}

}
