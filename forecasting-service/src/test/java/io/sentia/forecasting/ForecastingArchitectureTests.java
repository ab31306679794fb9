package io.sentia.forecasting;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.sentia.testkit.architecture.HouseRules;
import org.junit.jupiter.api.Test;

/**
 * The house rules ({@link HouseRules}) held against forecasting-service's production
 * classes.
 */
class ForecastingArchitectureTests {

	private static final String SERVICE = "io.sentia.forecasting";

	private static final JavaClasses CLASSES = HouseRules.productionClassesOf(ForecastingServiceApplication.class);

	@Test
	void featurePackagesAreFreeOfCycles() {
		HouseRules.featurePackagesAreFreeOfCycles(SERVICE).check(CLASSES);
	}

	@Test
	void dependsOnNoOtherService() {
		HouseRules.dependsOnNoOtherService(SERVICE).check(CLASSES);
	}

	@Test
	void usesSharedLibrariesOnlyThroughPublicTypes() {
		HouseRules.usesSharedLibrariesOnlyThroughPublicTypes(SERVICE).check(CLASSES);
	}

	@Test
	void leavesServiceKitConfigurationToSpringBoot() {
		HouseRules.leavesServiceKitConfigurationToSpringBoot(SERVICE).check(CLASSES);
	}

	@Test
	void staysInItsOwnPackage() {
		HouseRules.staysInItsOwnPackage(SERVICE).check(CLASSES);
	}

	@Test
	void everyPackageHasAPackageInfo() {
		HouseRules.everyPackageHasAPackageInfo(SERVICE, HouseRules.MAIN_SOURCES).check(CLASSES);
	}

}
