package io.sentia.notifications;

import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.probe.MalformedInputSuite;

/**
 * test-kit's malformed-input probe against the running service: every operation answers
 * malformed input with a 4xx problem+json, never a 5xx.
 */
@QuietContext
class MalformedInputTests extends InfrastructureTests implements MalformedInputSuite {

	@Override
	public int minimumOperations() {
		return 9;
	}

}
