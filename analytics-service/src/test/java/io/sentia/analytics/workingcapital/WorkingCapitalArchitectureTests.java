package io.sentia.analytics.workingcapital;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The working-capital metrics stay pure: no Spring, no database, no I/O, no clock, and no
 * cycle between their packages.
 */
class WorkingCapitalArchitectureTests {

	private static final String PACKAGE = "io.sentia.analytics.workingcapital";

	private static final JavaClasses METRICS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(PACKAGE);

	@Test
	void metricsDoNotDependOnSpringOrTheRestOfTheService() {
		noClasses().that()
			.resideInAPackage(PACKAGE + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "io.sentia.analytics.revenue..", "io.sentia.servicekit..")
			.check(METRICS);
	}

	@Test
	void metricsDoNoDatabaseNetworkOrFileIoAndReadNoClock() {
		noClasses().that()
			.resideInAPackage(PACKAGE + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..", "java.io..")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.Instant.class, "now")
			.check(METRICS);
	}

	@Test
	void metricPackagesAreFreeOfCycles() {
		slices().matching(PACKAGE + ".(*)..").should().beFreeOfCycles().check(METRICS);
	}

}
