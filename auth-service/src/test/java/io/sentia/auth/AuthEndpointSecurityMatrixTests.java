package io.sentia.auth;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.sentia.auth.client.PartnerClients;
import io.sentia.auth.client.PartnerScopes;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.AccessInterceptor;
import io.sentia.servicekit.security.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every {@code /api/**} endpoint of auth-service against every kind of caller, generated
 * from the handler mappings, so a new endpoint fails here until it has an example: no
 * token and each attack (made with the service's own key, so each fails for its own
 * reason) get 401 problem+json with a Bearer challenge; each role gets success if its
 * {@code @Access} role allows it, else 403; partners get 403 (every endpoint here is for
 * users); the platform client, which acts for no tenant, gets 401 outside the platform
 * API; an ADMIN of another tenant gets 404 for another tenant's object and otherwise none
 * of this tenant's data. The platform API is the exception the contract makes: only the
 * platform client's {@code platform.admin} opens it, whatever its {@code @Access} role
 * says.
 * <p>
 * Not the test-kit's {@code EndpointSecurityMatrix}: that matrix signs its callers'
 * tokens with the test-kit's issuer and gives users random ids, while this service
 * verifies tokens with its own keys and its {@code /me} endpoints need the caller to
 * exist.
 */
class AuthEndpointSecurityMatrixTests extends AuthApiTestSupport {

	private static final String PLATFORM = "/api/auth/v1/platform/";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Autowired
	private PartnerClients partnerClients;

	@TestFactory
	Stream<DynamicNode> everyApiEndpointAgainstEveryCaller() {
		Fixture fixture = seed();
		Map<String, Example> examples = examples(fixture);
		Map<String, HandlerMethod> endpoints = apiEndpoints();
		List<DynamicNode> nodes = new ArrayList<>();
		examples.keySet()
			.stream()
			.filter((endpoint) -> !endpoints.containsKey(endpoint))
			.forEach((endpoint) -> nodes.add(DynamicTest.dynamicTest("example " + endpoint + " has an endpoint",
					() -> fail("No /api endpoint " + endpoint + "; known: " + endpoints.keySet()))));
		endpoints
			.forEach((endpoint, handler) -> nodes.add(endpoint(fixture, endpoint, handler, examples.get(endpoint))));
		assertThat(endpoints).as("the service's /api endpoints").isNotEmpty();
		return nodes.stream();
	}

	private DynamicNode endpoint(Fixture fixture, String endpoint, HandlerMethod handler, @Nullable Example example) {
		if (example == null) {
			return DynamicTest.dynamicTest(endpoint + " has an example",
					() -> fail("No example for " + endpoint + " (" + handler + "): add one so its security is tested"));
		}
		Access access = AccessInterceptor.access(handler);
		if (access == null) {
			return DynamicTest.dynamicTest(endpoint + " declares @Access",
					() -> fail(endpoint + " has no @Access, so every caller is denied"));
		}
		List<DynamicTest> cells = new ArrayList<>();
		cells.add(expect401(example, "no token", () -> null));
		tokens().attacks(fixture.admin().id(), fixture.admin().email(), fixture.tenant())
			.keySet()
			.stream()
			.sorted()
			.forEach((attack) -> cells.add(expect401(example, attack,
					() -> tokens().attacks(fixture.admin().id(), fixture.admin().email(), fixture.tenant())
						.get(attack))));
		boolean platformOnly = endpoint.contains(PLATFORM);
		for (Role role : Role.values()) {
			TestUser user = fixture.users().get(role);
			boolean allowed = !platformOnly && role.includes(access.role());
			cells.add(allowed ? expectSuccess(example, "user " + role, () -> token(user), fixture, true)
					: expect403(example, "user " + role, () -> token(user)));
		}
		for (String scope : access.scopes()) {
			if (!scope.equals(PartnerScopes.PLATFORM_ADMIN)) {
				cells.add(expectSuccess(example, "partner with " + scope,
						() -> tokens().partner("matrix-partner", fixture.tenant(), scope), fixture, true));
			}
		}
		cells.add(expect403(example, "partner with every partner scope",
				() -> tokens().partner("matrix-partner", fixture.tenant(), PartnerScopes.ALL.toArray(String[]::new))));
		if (platformOnly) {
			cells.add(expectSuccess(example, "platform client", () -> tokens().platform(), fixture, false));
		}
		else {
			cells.add(expect401(example, "platform client (no tenant)", () -> tokens().platform()));
			cells.add(otherTenant(fixture, example));
		}
		return DynamicContainer.dynamicContainer(endpoint, cells);
	}

	private DynamicTest expect401(Example example, String caller, Supplier<@Nullable String> token) {
		return DynamicTest.dynamicTest(caller + " -> 401", () -> {
			HttpResponse<String> response = call(example, token.get());
			assertThat(response.statusCode()).as(describe(example, caller, response)).isEqualTo(401);
			assertProblem(response, example, caller);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(describe(example, caller, response))
				.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer"));
		});
	}

	private DynamicTest expect403(Example example, String caller, Supplier<String> token) {
		return DynamicTest.dynamicTest(caller + " -> 403", () -> {
			HttpResponse<String> response = call(example, token.get());
			assertThat(response.statusCode()).as(describe(example, caller, response)).isEqualTo(403);
			assertProblem(response, example, caller);
		});
	}

	private DynamicTest expectSuccess(Example example, String caller, Supplier<String> token, Fixture fixture,
			boolean ownTenant) {
		return DynamicTest.dynamicTest(caller + " -> " + example.success(), () -> {
			HttpResponse<String> response = call(example, token.get());
			assertThat(example.success()).as(describe(example, caller, response)).contains(response.statusCode());
			if (ownTenant) {
				for (String marker : example.markers()) {
					assertThat(response.body())
						.as("own answer shows its marker: " + describe(example, caller, response))
						.contains(marker);
				}
			}
		});
	}

	private DynamicTest otherTenant(Fixture fixture, Example example) {
		String caller = "ADMIN of another tenant";
		if (example.addressesObject()) {
			return DynamicTest.dynamicTest(caller + " -> 404", () -> {
				HttpResponse<String> response = call(example, token(fixture.otherAdmin()));
				assertThat(response.statusCode()).as(describe(example, caller, response)).isEqualTo(404);
				for (String marker : example.markers()) {
					assertThat(response.body()).as(describe(example, caller, response)).doesNotContain(marker);
				}
			});
		}
		return DynamicTest.dynamicTest(caller + " -> " + example.success() + " without this tenant's data", () -> {
			HttpResponse<String> response = call(example, token(fixture.otherAdmin()));
			assertThat(example.success()).as(describe(example, caller, response)).contains(response.statusCode());
			assertThat(response.body()).as(describe(example, caller, response))
				.doesNotContain(fixture.tenant().toString());
			for (String marker : example.markers()) {
				assertThat(response.body()).as(describe(example, caller, response)).doesNotContain(marker);
			}
		});
	}

	private HttpResponse<String> call(Example example, @Nullable String token) {
		return send(example.method(), example.uri(), token, example.body());
	}

	private static void assertProblem(HttpResponse<String> response, Example example, String caller) {
		assertThat(response.headers().firstValue("Content-Type")).as(describe(example, caller, response))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private static String describe(Example example, String caller, HttpResponse<String> response) {
		String body = response.body();
		return example.method() + " " + example.uri() + " as " + caller + " answered " + response.statusCode() + " "
				+ body.substring(0, Math.min(body.length(), 300));
	}

	/** {@code "POST /api/x/{id}"} for every method and pattern under /api. */
	private Map<String, HandlerMethod> apiEndpoints() {
		Map<String, HandlerMethod> endpoints = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.startsWith(AccessInterceptor.API_PREFIX)) {
					continue;
				}
				var methods = entry.getKey().getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					endpoints.put("ANY " + pattern, entry.getValue());
				}
				methods.forEach((method) -> endpoints.put(method.name() + " " + pattern, entry.getValue()));
			}
		}
		return endpoints;
	}

	private Fixture seed() {
		UUID tenant = newTenant();
		Map<Role, TestUser> users = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			users.put(role, newUser(tenant, role));
		}
		TestUser member = newUser(tenant, Role.VIEWER);
		TestUser otherAdmin = newUser(newTenant(), Role.ADMIN);
		var actor = io.sentia.auth.audit.AuditEntry.system();
		String rotated = this.partnerClients.create(tenant, "Matrix rotation", Set.of("analytics.read"), actor)
			.clientId();
		String revoked = this.partnerClients.create(tenant, "Matrix revocation", Set.of("analytics.read"), actor)
			.clientId();
		String auditMarker = "matrix-actor-" + UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor_type, actor_id, tenant_id, action, outcome)
				VALUES (:id, :at, 'user', :actor, :tenant, 'login.succeeded', 'success')
				""")
			.param("id", UUID.randomUUID())
			.param("at", Instant.now().atOffset(ZoneOffset.UTC))
			.param("actor", auditMarker)
			.param("tenant", tenant)
			.update();
		return new Fixture(tenant, users, member, otherAdmin, rotated, revoked, auditMarker);
	}

	private static Map<String, Example> examples(Fixture fixture) {
		String users = "/api/auth/v1/admin/users";
		String clients = "/api/auth/v1/admin/clients";
		String totp = "/api/auth/v1/me/mfa/totp";
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Example> examples = new LinkedHashMap<>();
		examples.put("GET " + users, Example.of("GET", users, null, Set.of(200)).markers(fixture.member().email()));
		examples.put("POST " + users, Example.of("POST", users,
				"{\"email\":\"matrix-" + unique + "@test.sentia.example\",\"name\":\"Matrix\",\"role\":\"VIEWER\"}",
				Set.of(202)));
		examples.put("PATCH " + users + "/{userId}",
				Example.of("PATCH", users + "/" + fixture.member().id(), "{\"role\":\"OPERATOR\"}", Set.of(200))
					.object()
					.markers(fixture.member().email()));
		examples.put("GET " + clients, Example.of("GET", clients, null, Set.of(200)).markers(fixture.rotatedClient()));
		examples.put("POST " + clients,
				Example.of("POST", clients, "{\"name\":\"Matrix\",\"scopes\":[\"forecasts.read\"]}", Set.of(201)));
		examples.put("POST " + clients + "/{clientId}/secret",
				Example.of("POST", clients + "/" + fixture.rotatedClient() + "/secret", null, Set.of(200))
					.object()
					.markers("Matrix rotation"));
		examples.put("DELETE " + clients + "/{clientId}",
				Example.of("DELETE", clients + "/" + fixture.revokedClient(), null, Set.of(204)).object());
		examples.put("GET /api/auth/v1/audit",
				Example.of("GET", "/api/auth/v1/audit", null, Set.of(200)).markers(fixture.auditMarker()));
		examples.put("GET /api/auth/v1/me", Example.of("GET", "/api/auth/v1/me", null, Set.of(200)));
		examples.put("PUT /api/auth/v1/me/active-tenant",
				Example
					.of("PUT", "/api/auth/v1/me/active-tenant", "{\"tenantId\":\"" + fixture.tenant() + "\"}",
							Set.of(200))
					.object());
		examples.put("POST " + totp, Example.of("POST", totp, null, Set.of(201)));
		examples.put("GET /api/auth/v1/me/invitations",
				Example.of("GET", "/api/auth/v1/me/invitations", null, Set.of(200)));
		// Nobody here was invited: this shows the call reaches its check; InvitationTests
		// covers acceptance.
		examples.put("POST /api/auth/v1/me/invitations/{invitationId}/accept",
				Example.of("POST", "/api/auth/v1/me/invitations/" + UUID.randomUUID() + "/accept", null, Set.of(404)));
		// Codes are per user and per moment: these two show the call reaches its checks
		// (no enrolment to confirm, no factor to remove); TotpApiTests covers success.
		examples.put("POST " + totp + "/confirm",
				Example.of("POST", totp + "/confirm", "{\"code\":\"000000\"}", Set.of(400, 409)));
		examples.put("DELETE " + totp, Example.of("DELETE", totp, "{\"code\":\"000000\"}", Set.of(409)));
		examples.put("POST /api/auth/v1/platform/tenants", Example.of("POST", "/api/auth/v1/platform/tenants",
				"{\"slug\":\"matrix-" + unique + "\",\"name\":\"Matrix " + unique + "\"}", Set.of(201)));
		examples.put("POST /api/auth/v1/platform/signing-keys:rotate",
				Example.of("POST", "/api/auth/v1/platform/signing-keys:rotate", null, Set.of(200)));
		return examples;
	}

	private record Fixture(UUID tenant, Map<Role, TestUser> users, TestUser member, TestUser otherAdmin,
			String rotatedClient, String revokedClient, String auditMarker) {

		TestUser admin() {
			return this.users.get(Role.ADMIN);
		}

	}

	/**
	 * One allowed request to an endpoint.
	 *
	 * @param method HTTP method
	 * @param uri path and query
	 * @param body JSON body, or {@code null}
	 * @param success the statuses an allowed caller may get
	 * @param addressesObject whether the request names one of the tenant's objects (so
	 * another tenant gets 404)
	 * @param markers strings only this tenant's answer contains
	 */
	private record Example(String method, String uri, @Nullable String body, Set<Integer> success,
			boolean addressesObject, List<String> markers) {

		static Example of(String method, String uri, @Nullable String body, Set<Integer> success) {
			return new Example(method, uri, body, success, false, List.of());
		}

		Example object() {
			return new Example(this.method, this.uri, this.body, this.success, true, this.markers);
		}

		Example markers(String... markers) {
			return new Example(this.method, this.uri, this.body, this.success, this.addressesObject, List.of(markers));
		}

	}

}
