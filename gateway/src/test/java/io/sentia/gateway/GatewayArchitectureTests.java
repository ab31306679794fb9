package io.sentia.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.sentia.testkit.architecture.HouseRules;
import org.junit.jupiter.api.Test;

/**
 * The house rules ({@link HouseRules}) held against gateway's production classes.
 */
class GatewayArchitectureTests {

	private static final String SERVICE = "io.sentia.gateway";

	private static final JavaClasses CLASSES = HouseRules.productionClassesOf(GatewayApplication.class);

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
