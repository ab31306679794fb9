package io.sentia.notifications;

import io.sentia.testkit.architecture.HouseRules;
import io.sentia.testkit.architecture.ServiceArchitecture;

/**
 * The house rules ({@link HouseRules}) held against notifications-service's production
 * classes.
 */
class NotificationsArchitectureTests extends ServiceArchitecture {

	NotificationsArchitectureTests() {
		super(NotificationsServiceApplication.class);
	}

}
