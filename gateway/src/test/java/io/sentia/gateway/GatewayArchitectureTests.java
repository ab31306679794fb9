package io.sentia.gateway;

import io.sentia.testkit.architecture.HouseRules;
import io.sentia.testkit.architecture.ServiceArchitecture;

/**
 * The house rules ({@link HouseRules}) held against the gateway's production classes.
 */
class GatewayArchitectureTests extends ServiceArchitecture {

	GatewayArchitectureTests() {
		super(GatewayApplication.class);
	}

}
