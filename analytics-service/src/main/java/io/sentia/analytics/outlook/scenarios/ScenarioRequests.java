package io.sentia.analytics.outlook.scenarios;

import io.sentia.analytics.cash.scenario.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the saved-scenario endpoints.
 */
final class ScenarioRequests {

	private ScenarioRequests() {
	}

	/**
	 * A scenario to save.
	 *
	 * @param name its name, at most 100 characters, unique per tenant
	 * @param scenario what it changes
	 */
	record Create(@Nullable String name, @Nullable Scenario scenario) {

	}

	/**
	 * A new name.
	 *
	 * @param name the name, at most 100 characters, unique per tenant
	 */
	record Rename(@Nullable String name) {

	}

}
