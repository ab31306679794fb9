package io.sentia.auth;

import io.sentia.testkit.architecture.HouseRules;
import io.sentia.testkit.architecture.ServiceArchitecture;

/**
 * The house rules ({@link HouseRules}) held against auth-service's production classes.
 */
class AuthArchitectureTests extends ServiceArchitecture {

	AuthArchitectureTests() {
		super(AuthServiceApplication.class);
	}

}
