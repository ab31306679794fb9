package io.sentia.servicekit.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import io.sentia.testkit.security.EndpointExample;
import io.sentia.testkit.security.EndpointSecurityMatrix;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test kit's endpoint security matrix run against the kit's own test service: its
 * cells pass where the service is right, and it fails for an endpoint without an example,
 * an endpoint without {@code @Access}, an example that matches nothing, a tenant marker
 * another tenant sees, and an object another tenant can read.
 */
@AutoConfigureMockMvc
class EndpointSecurityMatrixTests extends ServiceKitTestSupport {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	@Autowired
	private AutowireCapableBeanFactory beans;

	@Test
	void passesEveryCellOfACorrectlyGuardedEndpoint() {
		Map<String, Throwable> results = run(new Matrix(
				List.of(EndpointExample.get("/api/test/reports"), EndpointExample.post("/api/test/plans", "{}"),
						EndpointExample.get("/api/test/syncs"), EndpointExample.get("/api/test/syncs/settings")),
				Set.of(TENANT)));

		Map<String, Throwable> reports = cells(results, "GET /api/test/reports");
		assertThat(reports.keySet()).containsExactly("no token -> 401", "expired token -> 401",
				"tampered signature -> 401", "alg none -> 401", "wrong issuer -> 401", "wrong audience -> 401",
				"unknown kid -> 401", "HS256 signed with the public key -> 401", "user VIEWER -> 2xx",
				"user OPERATOR -> 2xx", "user MANAGER -> 2xx", "user ADMIN -> 2xx",
				"partner with analytics.read -> 2xx", "partner with forecasts.read only -> 403",
				"other tenant -> 2xx without this tenant's data");
		assertThat(reports.values()).allSatisfy((failure) -> assertThat(failure).isNull());
		Map<String, Throwable> plans = cells(results, "POST /api/test/plans");
		assertThat(plans).containsKeys("user OPERATOR -> 403", "user MANAGER -> 2xx",
				"partner with every scope (users only) -> 403");
		assertThat(plans.values()).allSatisfy((failure) -> assertThat(failure).isNull());
		assertThat(cells(results, "GET /api/test/syncs/settings").values())
			.allSatisfy((failure) -> assertThat(failure).isNull());
	}

	@Test
	void failsForAnEndpointWithoutExampleOrWithoutAccess() {
		Map<String, Throwable> results = run(new Matrix(List.of(EndpointExample.get("/api/test/reports"),
				EndpointExample.get("/api/test/unguarded"), EndpointExample.get("/api/test/nothing-here")), Set.of()));

		assertThat(failure(results, "POST /api/test/plans"))
			.hasMessageContaining("No EndpointExample for POST /api/test/plans");
		assertThat(failure(results, "GET /api/test/unguarded")).hasMessageContaining("has no @Access");
		assertThat(failure(results, "example GET /api/test/nothing-here"))
			.hasMessageContaining("matches no /api/** endpoint");
	}

	@Test
	void failsWhenAnotherTenantSeesTheTenantsMarkerOrItsObject() {
		Map<String, Throwable> leaking = run(
				new Matrix(List.of(EndpointExample.get("/api/test/reports")), Set.of("USER")));
		Map<String, Throwable> readable = run(
				new Matrix(List.of(EndpointExample.get("/api/test/reports").addressesObject()), Set.of()));

		assertThat(cells(leaking, "GET /api/test/reports").get("other tenant -> 2xx without this tenant's data"))
			.hasMessageContaining("contains 'USER'");
		assertThat(cells(readable, "GET /api/test/reports").get("other tenant -> 404")).hasMessageContaining("404");
	}

	@Test
	void failsWhenAMarkerIsMissingFromTheTenantsOwnAnswer() {
		Map<String, Throwable> results = run(new Matrix(
				List.of(EndpointExample.get("/api/test/reports").withTenantMarkers(TENANT, "not-in-any-answer")),
				Set.of()));

		assertThat(cells(results, "GET /api/test/reports").get("tenant's own answer shows its markers"))
			.hasMessageContaining("lacks its marker 'not-in-any-answer'");
	}

	@Test
	void failsWhenTheAllowedStatusIsNotTheExpectedOne() {
		Map<String, Throwable> results = run(
				new Matrix(List.of(EndpointExample.get("/api/test/reports").expecting(202)), Set.of()));

		assertThat(cells(results, "GET /api/test/reports").get("user VIEWER -> 202")).isNotNull();
	}

	private Map<String, Throwable> run(Matrix matrix) {
		this.beans.autowireBean(matrix);
		Map<String, Throwable> results = new LinkedHashMap<>();
		run(matrix.endpointSecurityMatrix(), "", results);
		return results;
	}

	private static void run(Stream<? extends DynamicNode> nodes, String path, Map<String, Throwable> results) {
		nodes.forEach((node) -> {
			String name = path.isEmpty() ? node.getDisplayName() : path + " / " + node.getDisplayName();
			if (node instanceof DynamicContainer container) {
				run(container.getChildren(), name, results);
			}
			else if (node instanceof DynamicTest test) {
				Throwable failure = null;
				try {
					test.getExecutable().execute();
				}
				catch (Throwable ex) {
					failure = ex;
				}
				results.put(name, failure);
			}
		});
	}

	private static Map<String, Throwable> cells(Map<String, Throwable> results, String endpoint) {
		Map<String, Throwable> cells = new LinkedHashMap<>();
		results.forEach((name, failure) -> {
			if (name.startsWith(endpoint + " (")) {
				cells.put(name.substring(name.indexOf(" / ") + 3), failure);
			}
		});
		assertThat(cells).as("cells of " + endpoint + " in " + results.keySet()).isNotEmpty();
		return cells;
	}

	private static Throwable failure(Map<String, Throwable> results, String prefix) {
		List<Throwable> failures = new ArrayList<>();
		results.forEach((name, failure) -> {
			if (name.startsWith(prefix) && failure != null) {
				failures.add(failure);
			}
		});
		assertThat(failures).as("failures of " + prefix + " in " + results.keySet()).hasSize(1);
		return failures.getFirst();
	}

	static final class Matrix extends EndpointSecurityMatrix {

		private final List<EndpointExample> examples;

		private final Set<String> markers;

		Matrix(List<EndpointExample> examples, Set<String> markers) {
			this.examples = examples;
			this.markers = markers;
		}

		@Override
		protected String tenant() {
			return TENANT;
		}

		@Override
		protected List<EndpointExample> examples() {
			return this.examples;
		}

		@Override
		protected Set<String> tenantMarkers() {
			return this.markers;
		}

	}

}
