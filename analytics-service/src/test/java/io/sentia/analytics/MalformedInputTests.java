package io.sentia.analytics;

import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.probe.MalformedInputSuite;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * test-kit's malformed-input probe against the running service: every operation answers
 * malformed input with a 4xx problem+json or success, never a 5xx.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedInputTests extends InfrastructureTests implements MalformedInputSuite {

	@Override
	public int minimumOperations() {
		return 2;
	}

}
