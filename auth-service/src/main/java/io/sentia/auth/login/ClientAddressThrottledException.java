package io.sentia.auth.login;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused before any password check: too many recent failures from the client's
 * address.
 */
public class ClientAddressThrottledException extends AuthenticationException {

	public ClientAddressThrottledException() {
		super("Too many failed sign-ins from your network. Wait a few minutes and try again.");
	}

}
