package io.sentia.analytics;

import io.sentia.testkit.architecture.HouseRules;
import io.sentia.testkit.architecture.ServiceArchitecture;

/**
 * The house rules ({@link HouseRules}) held against analytics-service's production
 * classes.
 */
class AnalyticsArchitectureTests extends ServiceArchitecture {

	AnalyticsArchitectureTests() {
		super(AnalyticsServiceApplication.class);
	}

}
