package io.sentia.analytics;

import java.net.URI;
import java.util.UUID;

import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.probe.MalformedInputProbe;
import io.sentia.testkit.probe.ProbeReport;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the service's OpenAPI document, sent malformed bodies and parameters
 * by an ADMIN over HTTP, answers 4xx problem+json or success, never a 5xx.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedInputTests extends InfrastructureTests {

	@LocalServerPort
	private int port;

	@Test
	void noOperationAnswersMalformedInputWithAServerError() {
		String tenant = UUID.randomUUID().toString();
		MalformedInputProbe probe = MalformedInputProbe.against(URI.create("http://localhost:" + this.port),
				() -> TestTokens.bearer(TestTokens.user(tenant, Role.ADMIN)));

		ProbeReport report = probe.probe(probe.fetch("/v3/api-docs"));

		assertThat(report.operations()).as(report.toString()).isGreaterThan(1);
		assertThat(report.serverErrors()).as(report.toString()).isEmpty();
		assertThat(report.notProblemJson()).as(report.toString()).isEmpty();
	}

}
