package io.sentia.forecasting;

import io.sentia.testkit.architecture.HouseRules;
import io.sentia.testkit.architecture.ServiceArchitecture;

/**
 * The house rules ({@link HouseRules}) held against forecasting-service's production
 * classes.
 */
class ForecastingArchitectureTests extends ServiceArchitecture {

	ForecastingArchitectureTests() {
		super(ForecastingServiceApplication.class);
	}

}
