package io.sentia.servicekit.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into an authentication whose authorities are {@code ROLE_x} for
 * its {@code roles} and {@code SCOPE_x} for its {@code scope}; the role hierarchy bean
 * adds the lower roles where Spring Security checks authorities itself.
 */
public class CallerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	/** Prefix of the authority of a scope, as Spring Security names them. */
	public static final String SCOPE_AUTHORITY_PREFIX = "SCOPE_";

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		CallerClaims.roles(jwt).forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		CallerClaims.scopes(jwt)
			.forEach((scope) -> authorities.add(new SimpleGrantedAuthority(SCOPE_AUTHORITY_PREFIX + scope)));
		return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
	}

}
