package io.sentia.gateway.security.ratelimit;

import java.security.Principal;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a request counts against, taken only from what the gateway verified: the tenant and
 * subject of a partner's token or of the logged-in user; otherwise the client address.
 *
 * @param tenantId the caller's tenant, null when nobody is authenticated
 * @param id the bucket key within a tier
 */
record CallerKey(String tenantId, String id) {

	static final String TENANT_ID = "tenant_id";

	static CallerKey of(Principal principal) {
		if (principal instanceof JwtAuthenticationToken token) {
			return caller(token.getToken().getClaimAsString(TENANT_ID), token.getToken().getSubject());
		}
		if (principal instanceof OAuth2AuthenticationToken login) {
			Object tenant = login.getPrincipal().getAttributes().get(TENANT_ID);
			return caller((tenant != null) ? tenant.toString() : null, login.getName());
		}
		return null;
	}

	private static CallerKey caller(String tenantId, String subject) {
		String tenant = (tenantId != null) ? tenantId : "none";
		return new CallerKey(tenantId, "tenant:" + tenant + ":sub:" + subject);
	}

	static CallerKey clientAddress(String address) {
		return new CallerKey(null, "address:" + address);
	}

}
