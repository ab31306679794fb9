package io.sentia.analytics.cash;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The cash outlook stays a pure engine the service wires, not a part of the wiring.
 */
class CashArchitectureTests {

	private static final JavaClasses CASH = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.sentia.analytics.cash");

	@Test
	void dependsOnNoSpringBean() {
		noClasses().that()
			.resideInAPackage("io.sentia.analytics.cash..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.apache.kafka..")
			.check(CASH);
	}

	@Test
	void doesNoDatabaseNetworkOrFileIo() {
		noClasses().that()
			.resideInAPackage("io.sentia.analytics.cash..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..", "java.io..")
			.check(CASH);
	}

	@Test
	void theOutlookKnowsNothingOfScenariosOrAlerts() {
		noClasses().that()
			.resideInAPackage("io.sentia.analytics.cash")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.sentia.analytics.cash.scenario..", "io.sentia.analytics.cash.shortfall..")
			.check(CASH);
	}

	@Test
	void readsNoOtherFeatureOfTheService() {
		noClasses().that()
			.resideInAPackage("io.sentia.analytics.cash..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.sentia.analytics..")
				.and(DescribedPredicate.not(resideInAPackage("io.sentia.analytics.cash.."))))
			.check(CASH);
	}

}
