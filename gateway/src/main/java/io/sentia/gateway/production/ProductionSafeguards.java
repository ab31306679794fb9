package io.sentia.gateway.production;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.sentia.gateway.security.EdgeSecurityProperties;
import io.sentia.gateway.security.OperationsCredential;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Under the {@code prod} profile the gateway does not start with a session cookie that is
 * not {@code Secure}, the development client secret or operations password, or a registry
 * URL without credentials. Each refusal names the variable to set; none prints a secret.
 */
@Component
class ProductionSafeguards {

	static final String PROFILE = "prod";

	static final String DEVELOPMENT_CLIENT_SECRET = "sentia-gateway-dev-secret";

	private static final List<String> REGISTRY_URLS = List.of("eureka.client.service-url.defaultZone",
			"sentia.gateway.health.registry-url");

	ProductionSafeguards(Environment environment, EdgeSecurityProperties edge, OperationsCredential operations) {
		if (!environment.matchesProfiles(PROFILE)) {
			return;
		}
		List<String> refusals = new ArrayList<>();
		if (!edge.security().sessionCookie().secure()) {
			refusals.add("the session cookie is not Secure: set SENTIA_SECURE_COOKIES=true");
		}
		if (DEVELOPMENT_CLIENT_SECRET.equals(edge.security().client().secret())) {
			refusals.add("the gateway's client secret is the development one: set SENTIA_GATEWAY_CLIENT_SECRET");
		}
		if (OperationsCredential.DEVELOPMENT_PASSWORD.equals(operations.password())) {
			refusals.add("the operations password is the development one: set SENTIA_OPERATIONS_PASSWORD");
		}
		for (String property : REGISTRY_URLS) {
			String url = environment.getProperty(property);
			if (url != null && !hasCredentials(url)) {
				refusals.add(
						property + " has no credentials: set SENTIA_EUREKA_URL=http://user:password@host:port/eureka/");
			}
		}
		if (!refusals.isEmpty()) {
			throw new IllegalStateException("Refusing to start under the prod profile: " + String.join("; ", refusals));
		}
	}

	private static boolean hasCredentials(String url) {
		try {
			String userInfo = URI.create(url.trim()).getRawUserInfo();
			return userInfo != null && userInfo.indexOf(':') > 0 && userInfo.indexOf(':') < userInfo.length() - 1;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
