package io.sentia.testkit.architecture;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.ViolationStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules against small fixture services under {@code fixture}: each rule reports
 * the defect planted in one and passes the fixture that has none, so a service's
 * {@code ArchitectureTests} passing means something.
 */
class HouseRulesOnFixtureArchitecturesTests {

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
	void frozenCycleRulePassesTheKnownCyclesAndFailsANewOne() {
		String growing = FIXTURES + ".growing";
		ViolationStore store = new InMemoryViolationStore();
		JavaClasses known = new ClassFileImporter().importPackages(growing + ".orders", growing + ".billing");
		JavaClasses grown = new ClassFileImporter().importPackages(growing);

		FreezingArchRule.freeze(HouseRules.featurePackagesAreFreeOfCycles(growing)).persistIn(store).check(known);
		EvaluationResult again = FreezingArchRule.freeze(HouseRules.featurePackagesAreFreeOfCycles(growing))
			.persistIn(store)
			.evaluate(known);
		EvaluationResult withNewCycle = FreezingArchRule.freeze(HouseRules.featurePackagesAreFreeOfCycles(growing))
			.persistIn(store)
			.evaluate(grown);

		assertThat(again.hasViolation()).as(report(again)).isFalse();
		assertThat(withNewCycle.hasViolation()).isTrue();
		assertThat(report(withNewCycle)).contains("feature 'shipping'").doesNotContain("feature 'orders'");
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
		assertThat(classes.contain(HouseRulesOnFixtureArchitecturesTests.class)).isFalse();
	}

	/** What the committed text files hold, in memory. */
	private static final class InMemoryViolationStore implements ViolationStore {

		private final Map<String, List<String>> violations = new HashMap<>();

		@Override
		public void initialize(Properties properties) {
		}

		@Override
		public boolean contains(ArchRule rule) {
			return this.violations.containsKey(rule.getDescription());
		}

		@Override
		public void save(ArchRule rule, List<String> violations) {
			this.violations.put(rule.getDescription(), List.copyOf(violations));
		}

		@Override
		public List<String> getViolations(ArchRule rule) {
			return this.violations.getOrDefault(rule.getDescription(), List.of());
		}

	}

	private static EvaluationResult evaluate(ArchRule rule, String fixture) {
		return rule.evaluate(new ClassFileImporter().importPackages(FIXTURES + "." + fixture));
	}

	private static String report(EvaluationResult result) {
		return String.join("\n", result.getFailureReport().getDetails());
	}

}
