package io.sentia.auth;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.sentia.testkit.architecture.HouseRules;
import org.junit.jupiter.api.Test;

/**
 * The house rules ({@link HouseRules}) held against auth-service's production classes.
 */
class AuthArchitectureTests {

	private static final String SERVICE = "io.sentia.auth";

	private static final JavaClasses CLASSES = HouseRules.productionClassesOf(AuthServiceApplication.class);

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
