package io.sentia.testkit.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code /api/**} endpoint of a servlet service against every kind of caller,
 * generated from the service's handler mappings, so a new endpoint is covered the day it
 * is added: its matrix fails until the subclass gives it an {@link EndpointExample}.
 * <p>
 * For each endpoint: no token and each attack of {@link TestTokens} get 401 problem+json
 * with a Bearer challenge; a user of each role gets success if the role includes the
 * endpoint's {@code @Access} role, else 403; a partner with each declared scope gets
 * success and a partner with another scope 403 (every partner 403 where {@code scopes =
 * {}}); a user of another tenant gets 404 for an example that
 * {@link EndpointExample#addressesObject() addresses an object}, else success without any
 * of the {@link #tenantMarkers() tenant's markers} in the body. An endpoint without
 * {@code @Access} fails the matrix.
 * <p>
 * Subclass it in a test with a {@code MockMvc} bean (e.g. {@code @SpringBootTest} with
 * {@code @AutoConfigureMockMvc}, extending nothing else, or add
 * {@code InfrastructureTests} properties), seed data for {@link #tenant()} and for
 * {@link #otherTenant()}, and list the examples.
 */
public abstract class EndpointSecurityMatrix extends InfrastructureTests {

	/** The second tenant of every matrix, unless a subclass names another. */
	public static final String OTHER_TENANT = "0be7e2a1-0000-4000-8000-00000000b0b0";

	/** The partner scope catalogue of the security contract. */
	public static final List<String> PARTNER_SCOPES = List.of("analytics.read", "forecasts.read", "forecasts.write",
			"integrations.read", "integrations.write", "webhooks.manage", "platform.admin");

	private static final String API_PREFIX = "/api/";

	@Autowired
	private MockMvc mockMvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	/**
	 * Returns the tenant whose data the examples address and whose users and partners are
	 * allowed.
	 * @return a tenant UUID
	 */
	protected abstract String tenant();

	/**
	 * Returns one allowed request per {@code /api/**} endpoint.
	 * @return the examples
	 */
	protected abstract List<EndpointExample> examples();

	/**
	 * Returns strings that must never appear in answers to {@link #otherTenant()}, e.g.
	 * the tenant's id or the name of a store only it has. Per-example markers
	 * ({@link EndpointExample#withTenantMarkers}) are also checked to appear for the
	 * tenant itself. Seed the other tenant with data too, so its answer is not empty.
	 * @return the markers
	 */
	protected Set<String> tenantMarkers() {
		return Set.of();
	}

	/**
	 * Returns the tenant whose users must not see {@link #tenant()}'s data.
	 * @return a tenant UUID
	 */
	protected String otherTenant() {
		return OTHER_TENANT;
	}

	/**
	 * The matrix: one container per endpoint, one test per kind of caller.
	 * @return the tests
	 */
	@TestFactory
	public Stream<DynamicNode> endpointSecurityMatrix() {
		Map<String, HandlerMethod> endpoints = apiEndpoints();
		Map<String, EndpointExample> examples = new LinkedHashMap<>();
		List<DynamicNode> nodes = new ArrayList<>();
		for (EndpointExample example : examples()) {
			String endpoint = endpointOf(example);
			if (endpoint == null || !endpoints.containsKey(endpoint)) {
				nodes.add(DynamicTest.dynamicTest("example " + example + " matches an /api endpoint",
						() -> fail("Example " + example + " matches no /api/** endpoint of this service; known: "
								+ endpoints.keySet())));
			}
			else if (examples.putIfAbsent(endpoint, example) != null) {
				nodes.add(DynamicTest.dynamicTest("one example for " + endpoint, () -> fail(
						"Two examples for " + endpoint + ": " + examples.get(endpoint) + " and " + example)));
			}
		}
		endpoints.forEach((endpoint, handler) -> nodes.add(endpoint(endpoint, handler, examples.get(endpoint))));
		if (endpoints.isEmpty()) {
			nodes.add(DynamicTest.dynamicTest("the service has /api endpoints",
					() -> fail("No /api/** endpoint found; is this the service's context?")));
		}
		return nodes.stream();
	}

	private DynamicNode endpoint(String endpoint, HandlerMethod handler, EndpointExample example) {
		String name = endpoint + " (" + handler.getShortLogMessage() + ")";
		if (example == null) {
			return DynamicTest.dynamicTest(name + " has an example", () -> fail("No EndpointExample for " + endpoint
					+ " (" + handler + "): add one to examples() so its security is tested"));
		}
		AccessRule rule = AccessRule.of(handler).orElse(null);
		if (rule == null) {
			return DynamicTest.dynamicTest(name + " declares @Access",
					() -> fail(endpoint + " (" + handler + ") has no @Access, so every caller is denied"));
		}
		List<DynamicTest> cells = new ArrayList<>();
		cells.add(unauthorized("no token", example, null));
		attacks().forEach((attack, token) -> cells.add(unauthorized(attack, example, token.apply(tenant()))));
		for (Enum<?> role : rule.roles()) {
			String token = TestTokens.user(tenant(), role);
			cells.add(rule.allows(role) ? allowed("user " + role, example, token)
					: forbidden("user " + role, example, token));
		}
		for (String scope : rule.scopes()) {
			cells.add(allowed("partner with " + scope, example, TestTokens.partner(tenant(), scope)));
		}
		if (rule.scopes().isEmpty()) {
			cells.add(forbidden("partner with every scope (users only)", example,
					TestTokens.partner(tenant(), PARTNER_SCOPES.toArray(String[]::new))));
		}
		else {
			String unrelated = PARTNER_SCOPES.stream()
				.filter((scope) -> !rule.scopes().contains(scope))
				.findFirst()
				.orElse("matrix.unrelated");
			cells.add(
					forbidden("partner with " + unrelated + " only", example, TestTokens.partner(tenant(), unrelated)));
		}
		if (!example.markers().isEmpty()) {
			cells.add(ownMarkers(example, rule));
		}
		cells.add(otherTenant(example, rule));
		return DynamicContainer.dynamicContainer(name, cells);
	}

	private DynamicTest unauthorized(String caller, EndpointExample example, String token) {
		return DynamicTest.dynamicTest(caller + " -> 401", () -> {
			MockHttpServletResponse response = perform(example, token);
			assertEquals(401, response.getStatus(), () -> describe(example, caller, response));
			assertProblem(response, example, caller);
			String challenge = response.getHeader(HttpHeaders.WWW_AUTHENTICATE);
			assertTrue(challenge != null && challenge.startsWith("Bearer"),
					() -> "401 without a Bearer challenge: " + describe(example, caller, response));
		});
	}

	private DynamicTest forbidden(String caller, EndpointExample example, String token) {
		return DynamicTest.dynamicTest(caller + " -> 403", () -> {
			MockHttpServletResponse response = perform(example, token);
			assertEquals(403, response.getStatus(), () -> describe(example, caller, response));
			assertProblem(response, example, caller);
		});
	}

	private DynamicTest allowed(String caller, EndpointExample example, String token) {
		return DynamicTest.dynamicTest(caller + " -> " + example.successDescription(), () -> {
			MockHttpServletResponse response = perform(example, token);
			assertTrue(example.isSuccess(response.getStatus()), () -> describe(example, caller, response));
		});
	}

	private DynamicTest ownMarkers(EndpointExample example, AccessRule rule) {
		Enum<?> highest = rule.roles().getLast();
		String caller = "user " + highest;
		return DynamicTest.dynamicTest("tenant's own answer shows its markers", () -> {
			MockHttpServletResponse response = perform(example, TestTokens.user(tenant(), highest));
			String body = response.getContentAsString();
			for (String marker : example.markers()) {
				assertTrue(body.contains(marker), () -> "The tenant's own answer lacks its marker '" + marker
						+ "', so its absence elsewhere proves nothing: " + describe(example, caller, response));
			}
		});
	}

	private DynamicTest otherTenant(EndpointExample example, AccessRule rule) {
		Enum<?> highest = rule.roles().getLast();
		String caller = "user " + highest + " of another tenant";
		String token = TestTokens.user(otherTenant(), highest);
		if (example.otherTenant() == EndpointExample.OtherTenant.NOT_FOUND) {
			return DynamicTest.dynamicTest("other tenant -> 404", () -> {
				MockHttpServletResponse response = perform(example, token);
				assertEquals(404, response.getStatus(), () -> describe(example, caller, response));
			});
		}
		return DynamicTest
			.dynamicTest("other tenant -> " + example.successDescription() + " without this tenant's data", () -> {
				MockHttpServletResponse response = perform(example, token);
				assertTrue(example.isSuccess(response.getStatus()), () -> describe(example, caller, response));
				String body = response.getContentAsString();
				Set<String> markers = new LinkedHashSet<>(tenantMarkers());
				markers.addAll(example.markers());
				for (String marker : markers) {
					assertFalse(body.contains(marker), () -> "Another tenant's answer contains '" + marker + "': "
							+ describe(example, caller, response));
				}
			});
	}

	private static void assertProblem(MockHttpServletResponse response, EndpointExample example, String caller) {
		String contentType = response.getContentType();
		assertTrue(
				contentType != null
						&& MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType)),
				() -> "Not problem+json: " + describe(example, caller, response));
	}

	private MockHttpServletResponse perform(EndpointExample example, String token) throws Exception {
		MockHttpServletRequestBuilder request = builder(example);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
		}
		return this.mockMvc.perform(request).andReturn().getResponse();
	}

	private static MockHttpServletRequestBuilder builder(EndpointExample example) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(example.method(), example.uri())
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (example.jsonBody() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(example.jsonBody());
		}
		example.headers().forEach(request::header);
		return request;
	}

	private static Map<String, Function<String, String>> attacks() {
		Map<String, Function<String, String>> attacks = new LinkedHashMap<>();
		attacks.put("expired token", TestTokens::expired);
		attacks.put("tampered signature", TestTokens::tamperedSignature);
		attacks.put("alg none", TestTokens::algNone);
		attacks.put("wrong issuer", TestTokens::wrongIssuer);
		attacks.put("wrong audience", TestTokens::wrongAudience);
		attacks.put("unknown kid", TestTokens::unknownKid);
		attacks.put("HS256 signed with the public key", TestTokens::hs256SignedWithPublicKey);
		return attacks;
	}

	/** {@code "GET /api/x/{id}"} for every method and pattern under /api. */
	private Map<String, HandlerMethod> apiEndpoints() {
		Map<String, HandlerMethod> endpoints = new TreeMap<>(Comparator.naturalOrder());
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition()
				.getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith(API_PREFIX)) {
					continue;
				}
				if (methods.isEmpty()) {
					endpoints.put("ANY " + pattern, entry.getValue());
				}
				methods.forEach((method) -> endpoints.put(method.name() + " " + pattern, entry.getValue()));
			}
		}
		return endpoints;
	}

	/** The endpoint the service would route the example to, as a key of apiEndpoints. */
	private String endpointOf(EndpointExample example) {
		MockHttpServletRequest request = builder(example).buildRequest(new MockServletContext());
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = this.handlerMapping.getHandler(request);
			if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
				return null;
			}
			Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			RequestMappingInfo info = this.handlerMapping.getHandlerMethods()
				.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals(handler))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
			boolean anyMethod = info != null && info.getMethodsCondition().getMethods().isEmpty();
			return (anyMethod ? "ANY" : example.method().name()) + " " + pattern;
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static String describe(EndpointExample example, String caller, MockHttpServletResponse response) {
		String body;
		try {
			body = response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			body = "<unreadable>";
		}
		return example + " as " + caller + " answered " + response.getStatus() + " "
				+ body.substring(0, Math.min(body.length(), 400));
	}

}
