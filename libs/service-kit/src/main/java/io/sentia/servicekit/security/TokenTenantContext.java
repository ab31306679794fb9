package io.sentia.servicekit.security;

import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The {@link TenantContext} of a resource server: the caller and tenant of the verified
 * token of the current request, and nothing else.
 */
public class TokenTenantContext implements TenantContext {

	@Override
	public Caller currentCaller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
			return CallerClaims.caller(token.getToken());
		}
		throw new AuthenticationCredentialsNotFoundException(
				"No verified access token for this request; the tenant is known only from one");
	}

}
