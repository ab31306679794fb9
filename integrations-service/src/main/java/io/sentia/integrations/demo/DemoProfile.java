package io.sentia.integrations.demo;

import org.springframework.core.env.Environment;

/**
 * The Spring profile that switches the demo source on (devstack runs with it); without it
 * no demo bean, endpoint or loader exists.
 */
public final class DemoProfile {

	/** The profile's name. */
	public static final String NAME = "demo";

	private static final String PRODUCTION = "prod";

	private DemoProfile() {
	}

	/**
	 * Fails start-up when the demo and production profiles are both active.
	 * @param environment the application's environment
	 * @throws IllegalStateException when {@code prod} is active too
	 */
	static void refuseInProduction(Environment environment) {
		if (environment.matchesProfiles(PRODUCTION)) {
			throw new IllegalStateException("The '" + NAME + "' profile is active together with '" + PRODUCTION
					+ "': demo data and the demo order endpoint would reach real tenants. Remove '" + NAME
					+ "' from spring.profiles.active (SPRING_PROFILES_ACTIVE) in production.");
		}
	}

}
