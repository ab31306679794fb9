package io.sentia.notifications;

import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.probe.MalformedInputSuite;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * test-kit's malformed-input probe against the running service. It has no operations yet,
 * so the probe's request to an endpoint the service does not have is what is checked: a
 * 4xx problem+json, never a 5xx.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedInputTests extends InfrastructureTests implements MalformedInputSuite {

	@Override
	public int minimumOperations() {
		return 1;
	}

}
