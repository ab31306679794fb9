package io.sentia.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The house rules ({@link HouseRules}) as tests, for a service's test class to extend
 * with its application class: every rule is checked against the service's production
 * classes, and a violation fails the build with ArchUnit's report. <pre>{@code
 * class AnalyticsArchitectureTests extends ServiceArchitecture {
 *     AnalyticsArchitectureTests() {
 *         super(AnalyticsServiceApplication.class);
 *     }
 * }
 * }</pre>
 */
public abstract class ServiceArchitecture {

	private final String service;

	private final JavaClasses classes;

	/**
	 * Checks the service whose root package holds the given application class.
	 * @param application the service's {@code @SpringBootApplication} class
	 */
	protected ServiceArchitecture(Class<?> application) {
		this.service = application.getPackageName();
		this.classes = HouseRules.productionClassesOf(application);
	}

	@Test
	void featurePackagesAreFreeOfCycles() {
		HouseRules.featurePackagesAreFreeOfCycles(this.service).check(this.classes);
	}

	@Test
	void dependsOnNoOtherService() {
		HouseRules.dependsOnNoOtherService(this.service).check(this.classes);
	}

	@Test
	void usesSharedLibrariesOnlyThroughPublicTypes() {
		HouseRules.usesSharedLibrariesOnlyThroughPublicTypes(this.service).check(this.classes);
	}

	@Test
	void leavesServiceKitConfigurationToSpringBoot() {
		HouseRules.leavesServiceKitConfigurationToSpringBoot(this.service).check(this.classes);
	}

	@Test
	void staysInItsOwnPackage() {
		HouseRules.staysInItsOwnPackage(this.service).check(this.classes);
	}

	@Test
	void everyPackageHasAPackageInfo() {
		HouseRules.everyPackageHasAPackageInfo(this.service, HouseRules.MAIN_SOURCES).check(this.classes);
	}

}
