package io.sentia.servicekit.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP basic credentials against the one operations credential. Compared in
 * constant time and without a password hash: Prometheus scrapes every few seconds, and a
 * deliberately slow hash would cost each service a steady share of a core for a secret
 * that is machine-generated anyway.
 */
class OperationsAuthenticationProvider implements AuthenticationProvider {

	/** Authority of the operations caller; no tenant role ever carries it. */
	static final String OPERATIONS_AUTHORITY = "SENTIA_OPERATIONS";

	private final byte[] username;

	private final byte[] password;

	OperationsAuthenticationProvider(SentiaSecurityProperties.Operations operations) {
		this.username = operations.username().getBytes(StandardCharsets.UTF_8);
		this.password = operations.password().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String presentedUser = String.valueOf(authentication.getPrincipal());
		String presentedPassword = String.valueOf(authentication.getCredentials());
		// Both compared every time, so the answer's timing does not tell which was wrong.
		boolean userMatches = MessageDigest.isEqual(this.username, presentedUser.getBytes(StandardCharsets.UTF_8));
		boolean passwordMatches = MessageDigest.isEqual(this.password,
				presentedPassword.getBytes(StandardCharsets.UTF_8));
		if (!(userMatches & passwordMatches)) {
			throw new BadCredentialsException("Bad operations credential");
		}
		return UsernamePasswordAuthenticationToken.authenticated(presentedUser, null,
				List.of(new SimpleGrantedAuthority(OPERATIONS_AUTHORITY)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
