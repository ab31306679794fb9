package io.sentia.forecasting;

import io.sentia.testkit.probe.MalformedInputSuite;

/**
 * test-kit's malformed-input probe against the running service: every operation answers
 * malformed input with a 4xx problem+json or success, never a 5xx.
 */
class MalformedInputTests extends ForecastingServiceTests implements MalformedInputSuite {

	@Override
	public int minimumOperations() {
		return 21;
	}

}
