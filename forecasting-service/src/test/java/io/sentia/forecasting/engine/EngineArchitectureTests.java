package io.sentia.forecasting.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class EngineArchitectureTests {

	private static final JavaClasses ENGINE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.sentia.forecasting.engine");

	@Test
	void engineDoesNotDependOnSpring() {
		noClasses().that()
			.resideInAPackage("io.sentia.forecasting.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(ENGINE);
	}

	@Test
	void engineCoreDoesNoDatabaseNetworkOrFileIo() {
		noClasses().that()
			.resideInAPackage("io.sentia.forecasting.engine..")
			.and()
			.resideOutsideOfPackage("io.sentia.forecasting.engine.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..", "java.io..")
			.check(ENGINE);
	}

	@Test
	void onlyTheCommandLineDependsOnTheCommandLine() {
		noClasses().that()
			.resideOutsideOfPackage("io.sentia.forecasting.engine.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.sentia.forecasting.engine.cli..")
			.check(ENGINE);
	}

}
