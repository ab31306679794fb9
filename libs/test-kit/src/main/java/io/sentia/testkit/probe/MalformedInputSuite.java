package io.sentia.testkit.probe;

import java.net.URI;
import java.util.UUID;

import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The malformed-input probe as a test a service's test class takes in: every operation of
 * the running service's OpenAPI document ({@code /v3/api-docs}), sent malformed bodies
 * and parameters by an ADMIN of a fresh tenant over HTTP (and an endpoint the service
 * does not have), answers success or a 4xx problem+json, never a 5xx.
 * <p>
 * The implementing class starts the service on a random port in whatever context it
 * needs, and states how many operations must be probed at least (the endpoint the service
 * does not have counts as one), so a document that lost its operations fails instead of
 * passing with nothing probed:
 *
 * <pre class="code">
 * &#64;SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * class MalformedInputTests extends InfrastructureTests implements MalformedInputSuite {
 *
 * 	public int minimumOperations() {
 * 		return 2;
 * 	}
 *
 * }
 * </pre>
 */
public interface MalformedInputSuite {

	/**
	 * The fewest operations the probe must reach: the documented ones plus the endpoint
	 * the service does not have.
	 * @return at least this many operations are probed
	 */
	int minimumOperations();

	@Test
	default void noOperationAnswersMalformedInputWithAServerError(@LocalServerPort int port) {
		String tenant = UUID.randomUUID().toString();
		MalformedInputProbe probe = MalformedInputProbe.against(URI.create("http://localhost:" + port),
				() -> TestTokens.bearer(TestTokens.user(tenant, "ADMIN")));

		ProbeReport report = probe.probe(probe.fetch("/v3/api-docs"));

		assertTrue(report.requestsSent() > 0, () -> "no request was sent: " + report);
		assertTrue(report.operations() >= minimumOperations(),
				() -> "expected at least " + minimumOperations() + " operations: " + report);
		assertTrue(report.serverErrors().isEmpty(), () -> "5xx answers to malformed input: " + report);
		assertTrue(report.notProblemJson().isEmpty(), () -> "4xx answers that are not problem+json: " + report);
	}

}
