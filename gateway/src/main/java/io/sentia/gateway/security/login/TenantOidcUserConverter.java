package io.sentia.gateway.security.login;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Builds the logged-in user from the ID token and the {@code tenant_id} and {@code roles}
 * of the access token. Without a tenant there is nothing the user could do, so the login
 * fails.
 */
final class TenantOidcUserConverter implements Converter<OidcUserSource, Mono<OidcUser>> {

	static final String TENANT_ID = "tenant_id";

	static final String ROLES = "roles";

	private final ReactiveJwtDecoder accessTokens;

	TenantOidcUserConverter(ReactiveJwtDecoder accessTokens) {
		this.accessTokens = accessTokens;
	}

	@Override
	public Mono<OidcUser> convert(OidcUserSource source) {
		return this.accessTokens.decode(source.getUserRequest().getAccessToken().getTokenValue())
			.map((accessToken) -> user(source, accessToken));
	}

	private static OidcUser user(OidcUserSource source, Jwt accessToken) {
		String tenant = accessToken.getClaimAsString(TENANT_ID);
		if (tenant == null || tenant.isBlank()) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error("invalid_token", "The access token names no tenant", null));
		}
		Map<String, Object> claims = new LinkedHashMap<>();
		if (source.getUserInfo() != null) {
			claims.putAll(source.getUserInfo().getClaims());
		}
		claims.put(TENANT_ID, tenant);
		List<String> roles = accessToken.getClaimAsStringList(ROLES);
		if (roles != null) {
			claims.put(ROLES, roles);
		}
		OidcUserInfo userInfo = new OidcUserInfo(claims);
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		authorities.add(new OidcUserAuthority(source.getUserRequest().getIdToken(), userInfo));
		authorities.addAll(roleAuthorities(roles));
		return new DefaultOidcUser(authorities, source.getUserRequest().getIdToken(), userInfo, "sub");
	}

	private static Collection<GrantedAuthority> roleAuthorities(List<String> roles) {
		return (roles != null)
				? roles.stream().<GrantedAuthority>map((r) -> new SimpleGrantedAuthority("ROLE_" + r)).toList()
				: List.of();
	}

}
