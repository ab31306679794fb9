package io.sentia.forecasting;

import java.net.URI;

import io.sentia.servicekit.security.Role;
import io.sentia.testkit.probe.MalformedInputProbe;
import io.sentia.testkit.probe.ProbeReport;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the service's OpenAPI document, sent malformed bodies and parameters
 * by an ADMIN over HTTP, answers 4xx problem+json or success, never a 5xx.
 */
class MalformedInputTests extends ForecastingServiceTests {

	@Test
	void noOperationAnswersMalformedInputWithAServerError() {
		String tenant = newTenant();
		MalformedInputProbe probe = MalformedInputProbe.against(URI.create("http://localhost:" + this.port),
				() -> TestTokens.bearer(TestTokens.user(tenant, Role.ADMIN)));

		ProbeReport report = probe.probe(probe.fetch("/v3/api-docs"));

		assertThat(report.operations()).as(report.toString()).isGreaterThan(20);
		assertThat(report.serverErrors()).as(report.toString()).isEmpty();
		assertThat(report.notProblemJson()).as(report.toString()).isEmpty();
	}

}
