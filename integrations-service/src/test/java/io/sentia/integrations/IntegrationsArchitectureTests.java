package io.sentia.integrations;

import io.sentia.testkit.architecture.HouseRules;
import io.sentia.testkit.architecture.ServiceArchitecture;

/**
 * The house rules ({@link HouseRules}) held against integrations-service's production
 * classes.
 */
class IntegrationsArchitectureTests extends ServiceArchitecture {

	IntegrationsArchitectureTests() {
		super(IntegrationsServiceApplication.class);
	}

}
