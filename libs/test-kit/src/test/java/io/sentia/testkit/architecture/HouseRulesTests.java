package io.sentia.testkit.architecture;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules against small fixture services under {@code fixture}: each rule reports
 * the defect planted in one and passes the fixture that has none, so a service's
 * {@code ArchitectureTests} passing means something.
 */
class HouseRulesTests {

	private static final String FIXTURES = "io.sentia.testkit.architecture.fixture";

	private static final Path TEST_SOURCES = Path.of("src", "test", "java");

	@Test
	void reportsACycleBetweenFeaturePackages() {
		EvaluationResult result = evaluate(HouseRules.featurePackagesAreFreeOfCycles(FIXTURES + ".cyclic"), "cyclic");

		assertThat(result.hasViolation()).isTrue();
		assertThat(report(result)).contains("Cycle detected")
			.contains("feature 'orders'")
			.contains("feature 'billing'")
			.contains("Order")
			.contains("Invoice");
	}

	@Test
	void passesFeaturePackagesThatDependOneWay() {
		EvaluationResult result = evaluate(HouseRules.featurePackagesAreFreeOfCycles(FIXTURES + ".layered"), "layered");

		assertThat(result.hasViolation()).as(report(result)).isFalse();
	}

	@Test
	void reportsADependencyOnAnotherServicesPackage() {
		EvaluationResult result = evaluate(HouseRules.dependsOnNoOtherService(FIXTURES + ".crossing"), "crossing");

		assertThat(result.hasViolation()).isTrue();
		assertThat(report(result)).contains("crossing.report.Report").contains("io.sentia.auth.standin.SigningKeys");
	}

	@Test
	void passesAServiceThatDependsOnlyOnItself() {
		EvaluationResult result = evaluate(HouseRules.dependsOnNoOtherService(FIXTURES + ".layered"), "layered");

		assertThat(result.hasViolation()).as(report(result)).isFalse();
	}

	@Test
	void reportsAFeatureUsingServiceKitConfiguration() {
		EvaluationResult result = evaluate(HouseRules.leavesServiceKitConfigurationToSpringBoot(FIXTURES + ".reaching"),
				"reaching");

		assertThat(result.hasViolation()).isTrue();
		assertThat(report(result)).contains("io.sentia.servicekit.standin.StandInConfiguration")
			.doesNotContain("Plumbing");
	}

	@Test
	void reportsAFeatureUsingServiceKitInternals() {
		EvaluationResult result = evaluate(HouseRules.usesSharedLibrariesOnlyThroughPublicTypes(FIXTURES + ".reaching"),
				"reaching");

		assertThat(result.hasViolation()).isTrue();
		assertThat(report(result)).contains("io.sentia.servicekit.standin.internal.Plumbing")
			.doesNotContain("StandInConfiguration");
	}

	@Test
	void reportsAPackageWithoutPackageInfo() {
		EvaluationResult result = evaluate(HouseRules.everyPackageHasAPackageInfo(FIXTURES + ".reaching", TEST_SOURCES),
				"reaching");

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).singleElement()
			.asString()
			.contains("package " + FIXTURES + ".reaching.undocumented has no package-info.java");
	}

	@Test
	void passesPackagesThatAllHavePackageInfo() {
		EvaluationResult result = evaluate(HouseRules.everyPackageHasAPackageInfo(FIXTURES + ".layered", TEST_SOURCES),
				"layered");

		assertThat(result.hasViolation()).as(report(result)).isFalse();
	}

	@Test
	void reportsAClassDeclaredInAnotherModulesPackage() {
		JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".reaching",
				"io.sentia.servicekit.standin");

		EvaluationResult result = HouseRules.staysInItsOwnPackage(FIXTURES + ".reaching").evaluate(classes);

		assertThat(result.hasViolation()).isTrue();
		assertThat(report(result)).contains("io.sentia.servicekit.standin.StandInConfiguration")
			.doesNotContain("reaching.report.Report ");
	}

	@Test
	void importsTheProductionClassesOfTheModuleThatHoldsAClass() {
		JavaClasses classes = HouseRules.productionClassesOf(HouseRules.class);

		assertThat(classes.contain(HouseRules.class)).isTrue();
		assertThat(classes.contain(HouseRulesTests.class)).isFalse();
	}

	private static EvaluationResult evaluate(ArchRule rule, String fixture) {
		return rule.evaluate(new ClassFileImporter().importPackages(FIXTURES + "." + fixture));
	}

	private static String report(EvaluationResult result) {
		return String.join("\n", result.getFailureReport().getDetails());
	}

}
