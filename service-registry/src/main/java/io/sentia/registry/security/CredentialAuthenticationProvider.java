package io.sentia.registry.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP basic credentials against a few configured ones, each granting one
 * authority. Compared in constant time rather than through a slow password hash: every
 * client renews its lease and fetches the registry every few seconds, and the secrets are
 * machine-generated.
 */
class CredentialAuthenticationProvider implements AuthenticationProvider {

	private final Map<RegistrySecurityProperties.Credential, String> authorities;

	CredentialAuthenticationProvider(Map<RegistrySecurityProperties.Credential, String> authorities) {
		this.authorities = Map.copyOf(authorities);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getPrincipal());
		String password = String.valueOf(authentication.getCredentials());
		String granted = null;
		// Every credential is compared, so the timing does not tell which one nearly
		// matched.
		for (Map.Entry<RegistrySecurityProperties.Credential, String> entry : this.authorities.entrySet()) {
			if (matches(entry.getKey(), username, password)) {
				granted = entry.getValue();
			}
		}
		if (granted == null) {
			throw new BadCredentialsException("Bad credentials");
		}
		return UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority(granted)));
	}

	private static boolean matches(RegistrySecurityProperties.Credential credential, String username, String password) {
		boolean user = MessageDigest.isEqual(bytes(credential.username()), bytes(username));
		boolean secret = MessageDigest.isEqual(bytes(credential.password()), bytes(password));
		return user & secret;
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
