package io.sentia.auth.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.auth.client.PartnerClient;
import io.sentia.auth.client.PartnerClients;
import io.sentia.auth.key.SigningKeys;
import io.sentia.auth.user.Membership;
import io.sentia.auth.user.User;
import io.sentia.auth.user.Users;
import io.sentia.servicekit.security.PrincipalType;
import io.sentia.servicekit.security.SentiaClaims;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the security contract's claims into every JWT the server signs, and names the
 * signing key in the header ({@code kid}), since the JWK set holds retired keys too.
 * <p>
 * Access tokens: {@code aud = [sentia-api]}, {@code principal_type}; users also get
 * {@code tenant_id} (their chosen tenant while still a member, else their first),
 * {@code roles}, {@code email} and {@code name}, read afresh on every issue so a refresh
 * reflects a changed role, tenant or deactivation; partner clients get the
 * {@code tenant_id} of the tenant they belong to. ID tokens get {@code email} and
 * {@code name}.
 */
public class SentiaTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

	private final SigningKeys signingKeys;

	private final Users users;

	private final PartnerClients partnerClients;

	private final String audience;

	public SentiaTokenClaims(SigningKeys signingKeys, Users users, PartnerClients partnerClients, String audience) {
		this.signingKeys = signingKeys;
		this.users = users;
		this.partnerClients = partnerClients;
		this.audience = audience;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		context.getJwsHeader().keyId(this.signingKeys.activeKeyId());
		JwtClaimsSet.Builder claims = context.getClaims();
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			claims.audience(jsonSafeList(this.audience));
			if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
				clientClaims(claims, context.getRegisteredClient().getClientId());
				if (context.getAuthorizedScopes().isEmpty()) {
					// A partner that asks for no scope gets all of its own, as most
					// providers do; SAS alone would issue a token with none.
					claims.claim(SentiaClaims.SCOPE, new ArrayList<>(context.getRegisteredClient().getScopes()));
				}
			}
			else {
				userClaims(claims, context.getPrincipal().getName(), true);
			}
		}
		else if (ID_TOKEN.equals(context.getTokenType())) {
			userClaims(claims, context.getPrincipal().getName(), false);
		}
	}

	private void clientClaims(JwtClaimsSet.Builder claims, String clientId) {
		claims.claim(SentiaClaims.PRINCIPAL_TYPE, PrincipalType.CLIENT.claimValue());
		Optional<PartnerClient> partner = this.partnerClients.findByClientId(clientId);
		if (partner.isPresent()) {
			if (partner.get().revoked()) {
				throw refused(OAuth2ErrorCodes.INVALID_CLIENT, "The client is revoked.");
			}
			claims.claim(SentiaClaims.TENANT_ID, partner.get().tenantId().toString());
		}
	}

	private void userClaims(JwtClaimsSet.Builder claims, String subject, boolean accessToken) {
		User user = parseId(subject).flatMap(this.users::findById)
			.orElseThrow(() -> refused(OAuth2ErrorCodes.INVALID_GRANT, "The user no longer exists."));
		if (!user.active()) {
			throw refused(OAuth2ErrorCodes.INVALID_GRANT, "The user is deactivated.");
		}
		claims.claim(SentiaClaims.EMAIL, user.email());
		claims.claim(SentiaClaims.NAME, user.displayName());
		if (accessToken) {
			Membership membership = this.users.actingMembership(user)
				.orElseThrow(() -> refused(OAuth2ErrorCodes.INVALID_GRANT, "The user belongs to no tenant."));
			claims.claim(SentiaClaims.PRINCIPAL_TYPE, PrincipalType.USER.claimValue());
			claims.claim(SentiaClaims.TENANT_ID, membership.tenantId().toString());
			claims.claim(SentiaClaims.ROLES, jsonSafeList(membership.role().name()));
		}
	}

	/**
	 * The claims are also stored with the authorization and read back through Spring
	 * Security's allow-listed JSON types, which include {@link ArrayList} but not the
	 * immutable lists of {@code List.of}.
	 */
	private static List<String> jsonSafeList(String value) {
		List<String> list = new ArrayList<>(1);
		list.add(value);
		return list;
	}

	private static Optional<UUID> parseId(String subject) {
		try {
			return Optional.of(UUID.fromString(subject));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static OAuth2AuthenticationException refused(String code, String description) {
		return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
	}

}
