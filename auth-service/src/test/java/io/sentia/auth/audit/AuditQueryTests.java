package io.sentia.auth.audit;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.sentia.servicekit.errors.ErrorsConfiguration;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ADMIN reads their own tenant's audit log, filtered by time, actor and action, newest
 * first, a page at a time; bad parameters are answered 400 naming the parameter. (A web
 * slice with the service kit's rules and problems and the real search on a database of
 * its own; the kit trusts the test-kit's tokens here, where the service trusts its own
 * signing keys: that wiring is the endpoint security matrix's.)
 */
@WebMvcTest(AuditController.class)
@AutoConfigureJdbc
@Import({ AuditSearch.class, ErrorsConfiguration.class })
class AuditQueryTests extends InfrastructureTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String AUDIT = "/api/auth/v1/audit";

	private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void filtersByActorActionAndTime() {
		UUID tenant = newTenant();
		String admin = admin(tenant);
		UUID ann = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		String first = entry(tenant, ann, "login.succeeded", T0);
		String second = entry(tenant, bob, "login.failed", T0.plusSeconds(60));
		String third = entry(tenant, ann, "login.failed", T0.plusSeconds(120));
		String fourth = entry(tenant, bob, "user.role_changed", T0.plusSeconds(180));

		assertThat(ids(get(AUDIT, admin))).containsExactly(fourth, third, second, first);
		assertThat(ids(get(AUDIT + "?actor=" + ann, admin))).containsExactly(third, first);
		assertThat(ids(get(AUDIT + "?action=login.failed", admin))).containsExactly(third, second);
		assertThat(ids(get(AUDIT + "?actor=" + bob + "&action=login.failed", admin))).containsExactly(second);
		assertThat(ids(get(AUDIT + "?from=2026-03-01T10:01:00Z&to=2026-03-01T10:03:00Z", admin))).containsExactly(third,
				second);
		assertThat(ids(get(AUDIT + "?from=2026-03-01T11:01:00%2B01:00", admin))).containsExactly(fourth, third, second);
	}

	@Test
	void showsEveryFieldOfAnEntry() {
		UUID tenant = newTenant();
		String admin = admin(tenant);
		UUID actor = UUID.randomUUID();
		String id = entry(tenant, actor, "user.invited", T0);

		JsonNode item = json(get(AUDIT, admin)).get("items")
			.valueStream()
			.filter((entry) -> entry.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();

		assertThat(item.get("occurredAt").asString()).isEqualTo("2026-03-01T10:00:00Z");
		assertThat(item.get("actorType").asString()).isEqualTo("user");
		assertThat(item.get("actorId").asString()).isEqualTo(actor.toString());
		assertThat(item.get("action").asString()).isEqualTo("user.invited");
		assertThat(item.get("targetType").asString()).isEqualTo("user");
		assertThat(item.get("outcome").asString()).isEqualTo("success");
		assertThat(item.get("clientAddress").asString()).isEqualTo("203.0.113.7");
		assertThat(item.get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(item.get("details").get("role").asString()).isEqualTo("VIEWER");
	}

	@Test
	void neverShowsAnotherTenantsEntries() {
		UUID tenant = newTenant();
		UUID otherTenant = newTenant();
		String admin = admin(tenant);
		UUID actor = UUID.randomUUID();
		String theirs = entry(otherTenant, actor, "login.failed", T0);

		assertThat(ids(get(AUDIT, admin))).doesNotContain(theirs);
		assertThat(ids(get(AUDIT + "?actor=" + actor, admin))).isEmpty();
	}

	@Test
	void pagesNewestFirstWithoutRepeatsOrGaps() {
		UUID tenant = newTenant();
		String admin = admin(tenant);
		UUID actor = UUID.randomUUID();
		List<String> written = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			written.add(0, entry(tenant, actor, "login.succeeded", T0.plusSeconds(i)));
		}

		List<String> seen = new ArrayList<>();
		List<Integer> pageSizes = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = json(
					get(AUDIT + "?actor=" + actor + "&limit=3" + ((cursor != null) ? "&cursor=" + cursor : ""), admin));
			List<String> ids = page.get("items").valueStream().map((item) -> item.get("id").asString()).toList();
			seen.addAll(ids);
			pageSizes.add(ids.size());
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
		}
		while (cursor != null);

		assertThat(pageSizes).containsExactly(3, 3, 1);
		assertThat(seen).isEqualTo(written);
	}

	@Test
	void answersBadParametersWith400NamingTheParameter() {
		String admin = admin(newTenant());

		assertInvalid(get(AUDIT + "?from=yesterday", admin), "from");
		assertInvalid(get(AUDIT + "?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", admin), "from");
		assertInvalid(get(AUDIT + "?limit=0", admin), "limit");
		assertInvalid(get(AUDIT + "?limit=201", admin), "limit");
		assertInvalid(get(AUDIT + "?limit=ten", admin), "limit");
		assertInvalid(get(AUDIT + "?cursor=bm90LWEtY3Vyc29y", admin), "cursor");
		assertInvalid(get(AUDIT + "?action=DROP%20TABLE", admin), "action");
	}

	private static void assertInvalid(MockHttpServletResponse response, String parameter) {
		assertThat(response.getStatus()).as(body(response)).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo(parameter);
	}

	private String entry(UUID tenant, UUID actor, String action, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor_type, actor_id, actor_name, tenant_id, action,
				                         target_type, target_id, outcome, client_address, trace_id, details)
				VALUES (:id, :at, 'user', :actor, 'Ann', :tenant, :action, 'user', :target, 'success',
				        '203.0.113.7', '4bf92f3577b34da6a3ce929d0e0e4736', '{"role": "VIEWER"}'::jsonb)
				""")
			.param("id", id)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("actor", actor.toString())
			.param("tenant", tenant)
			.param("action", action)
			.param("target", UUID.randomUUID().toString())
			.update();
		return id.toString();
	}

	private static List<String> ids(MockHttpServletResponse response) {
		assertThat(response.getStatus()).as(body(response)).isEqualTo(200);
		return json(response).get("items").valueStream().map((item) -> item.get("id").asString()).toList();
	}

	private UUID newTenant() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO tenant (id, slug, name) VALUES (:id, :slug, :name)")
			.param("id", id)
			.param("slug", "t-" + id.toString().replace("-", ""))
			.param("name", "Test tenant " + id)
			.update();
		return id;
	}

	private static String admin(UUID tenant) {
		return TestTokens.user(tenant.toString(), Role.ADMIN);
	}

	// A URI, not a template: the offset's %2B must reach the controller as a plus sign.
	private MockHttpServletResponse get(String path, String token) {
		try {
			return this.mvc
				.perform(MockMvcRequestBuilders.get(URI.create(path)).header("Authorization", TestTokens.bearer(token)))
				.andReturn()
				.getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(MockHttpServletResponse response) {
		return JSON.readTree(body(response));
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
