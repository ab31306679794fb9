package io.sentia.auth.token;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.sentia.auth.AuthApiTestSupport;
import io.sentia.auth.Browser;
import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.client.PartnerClients;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong client secrets at the token endpoint: after 20 from one client address that
 * address is answered 429 problem+json with {@code Retry-After} before any secret is
 * checked (even a right one), while a partner at another address still gets its token.
 * Addresses are forwarded by the trusted test proxy, so the suite's own 127.0.0.1 is
 * never throttled.
 */
class TokenEndpointThrottleTests extends AuthApiTestSupport {

	@Autowired
	PartnerClients partnerClients;

	@Test
	void refusesAnAddressWithTooManyWrongSecretsBeforeCheckingAnyAndServesOthers() {
		UUID tenant = newTenant();
		String clientId = "throttle-" + UUID.randomUUID();
		this.partnerClients.register(clientId, "right-secret-of-the-partner-1", tenant, "Throttle test",
				Set.of("analytics.read"), AuditEntry.system());
		Browser attacker = behind("203.0.113." + (int) (Math.random() * 200 + 1));
		Browser partner = behind("198.51.100." + (int) (Math.random() * 200 + 1));

		for (int attempt = 0; attempt < 20; attempt++) {
			assertThat(clientCredentials(attacker, clientId, "wrong-" + attempt).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = clientCredentials(attacker, clientId, "right-secret-of-the-partner-1");
		HttpResponse<String> served = clientCredentials(partner, clientId, "right-secret-of-the-partner-1");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.headers().firstValue("Retry-After").map(Integer::parseInt))
			.hasValueSatisfying((seconds) -> assertThat(seconds).isBetween(1, 301));
		assertThat(json(refused).get("type").asString()).isEqualTo("https://sentia.io/problems/too-many-requests");
		assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
	}

	private Browser behind(String clientAddress) {
		return new Browser("http://localhost:" + this.port, Map.of("X-Forwarded-For", clientAddress));
	}

	private static HttpResponse<String> clientCredentials(Browser browser, String clientId, String secret) {
		return browser.token(clientId, secret, Map.of("grant_type", "client_credentials"));
	}

}
