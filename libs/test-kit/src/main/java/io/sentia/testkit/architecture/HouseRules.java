package io.sentia.testkit.architecture;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every service keeps, shared so each service's {@code ArchitectureTests} says
 * the same thing the same way. A service's package is {@code io.sentia.<service>}; its
 * feature packages are the packages directly below it, each with what lies under it.
 *
 * <pre class="code">
 * private static final JavaClasses CLASSES = HouseRules.productionClassesOf(MyServiceApplication.class);
 *
 * &#64;Test
 * void featurePackagesAreFreeOfCycles() {
 *     HouseRules.featurePackagesAreFreeOfCycles("io.sentia.my").check(CLASSES);
 * }
 * </pre>
 */
public final class HouseRules {

	/** The shared infrastructure starter every servlet service uses. */
	public static final String SERVICE_KIT = "io.sentia.servicekit";

	/** The event contract. */
	public static final String EVENTS = "io.sentia.events";

	/** Where a module keeps its production sources, relative to the module. */
	public static final Path MAIN_SOURCES = Path.of("src", "main", "java");

	private static final String CONFIGURATION_ANNOTATION = "org.springframework.context.annotation.Configuration";

	private HouseRules() {
	}

	/**
	 * The production classes of the module that compiled {@code anyProductionClass}:
	 * exactly what its build output holds, so a class a module declares in another
	 * module's package is imported too (and fails {@link #staysInItsOwnPackage}).
	 * @param anyProductionClass a class of the module's production code, such as its
	 * application class
	 * @return the module's production classes
	 */
	public static JavaClasses productionClassesOf(Class<?> anyProductionClass) {
		URL location = anyProductionClass.getProtectionDomain().getCodeSource().getLocation();
		try {
			return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importLocations(Set.of(Location.of(location.toURI())));
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot read the classes at " + location, ex);
		}
	}

	/**
	 * No cycle among the feature packages: a cycle means two features cannot be
	 * understood, changed or moved apart.
	 * @param servicePackage the service's package, e.g. {@code io.sentia.forecasting}
	 * @return the rule
	 */
	public static ArchRule featurePackagesAreFreeOfCycles(String servicePackage) {
		return slices().matching(servicePackage + ".(*)..")
			.namingSlices("feature '$1'")
			.should()
			.beFreeOfCycles()
			// A service with a single package has no feature packages to compare.
			.allowEmptyShould(true)
			.as("feature packages of " + servicePackage + " should be free of cycles");
	}

	/**
	 * Every class of the service lives under the service's package: a class declared in
	 * {@code io.sentia.servicekit..} or {@code io.sentia.events..} would reach their
	 * package-private types.
	 * @param servicePackage the service's package
	 * @return the rule
	 */
	public static ArchRule staysInItsOwnPackage(String servicePackage) {
		return classes().should()
			.resideInAPackage(servicePackage + "..")
			.as("classes of " + servicePackage + " should reside in " + servicePackage + "..");
	}

	/**
	 * Service-kit and the events are used only through their public types, never through
	 * an {@code internal} package.
	 * @param servicePackage the service's package
	 * @return the rule
	 */
	public static ArchRule usesSharedLibrariesOnlyThroughPublicTypes(String servicePackage) {
		DescribedPredicate<JavaClass> sharedLibraryInternals = resideInAnyPackage(SERVICE_KIT + "..", EVENTS + "..")
			.and(DescribedPredicate.<JavaClass>not(modifier(JavaModifier.PUBLIC)).or(resideInAPackage("..internal..")))
			.as("non-public or internal types of service-kit or the events");
		return noClasses().that()
			.resideInAPackage(servicePackage + "..")
			.should()
			.dependOnClassesThat(sharedLibraryInternals)
			.as("classes of " + servicePackage + " should use service-kit and the events only through public types");
	}

	/**
	 * Service-kit's configuration is Spring Boot's to apply (auto-configuration); a
	 * feature that imports it, extends it or calls it couples itself to how service-kit
	 * wires things rather than to what it offers.
	 * @param servicePackage the service's package
	 * @return the rule
	 */
	public static ArchRule leavesServiceKitConfigurationToSpringBoot(String servicePackage) {
		DescribedPredicate<JavaClass> serviceKitConfiguration = resideInAPackage(SERVICE_KIT + "..")
			.and(resideInAPackage(SERVICE_KIT + ".config..").or(metaAnnotatedWith(CONFIGURATION_ANNOTATION))
				.or(simpleNameEndingWith("AutoConfiguration")))
			.as("service-kit configuration classes");
		return noClasses().that()
			.resideInAPackage(servicePackage + "..")
			.should()
			.dependOnClassesThat(serviceKitConfiguration)
			.as("classes of " + servicePackage + " should not depend on service-kit configuration classes");
	}

	/**
	 * A service shares only {@code libs/*} with the others: it depends on no package of
	 * {@code io.sentia} but its own, service-kit's and the events'. Another service's
	 * types are reached through its events or its API.
	 * @param servicePackage the service's package
	 * @return the rule
	 */
	public static ArchRule dependsOnNoOtherService(String servicePackage) {
		DescribedPredicate<JavaClass> otherSentiaCode = resideInAPackage("io.sentia..")
			.and(DescribedPredicate.not(resideInAnyPackage(servicePackage + "..", SERVICE_KIT + "..", EVENTS + "..")))
			.as("Sentia classes outside " + servicePackage + ", service-kit and the events");
		return noClasses().that()
			.resideInAPackage(servicePackage + "..")
			.should()
			.dependOnClassesThat(otherSentiaCode)
			.as("classes of " + servicePackage + " should depend on no other service");
	}

	/**
	 * Every package says what lives in it, in a {@code package-info.java}. Read from the
	 * sources: javac writes no {@code package-info.class} for a package without
	 * annotations.
	 * @param servicePackage the service's package
	 * @param sourceRoot the source folder the classes were compiled from, usually
	 * {@link #MAIN_SOURCES}
	 * @return the rule
	 */
	public static ArchRule everyPackageHasAPackageInfo(String servicePackage, Path sourceRoot) {
		return classes().that()
			.resideInAPackage(servicePackage + "..")
			.should(resideInAPackageWithAPackageInfo(sourceRoot))
			.as("every package of " + servicePackage + " should have a package-info.java");
	}

	private static ArchCondition<JavaClass> resideInAPackageWithAPackageInfo(Path sourceRoot) {
		return new ArchCondition<>("reside in a package with a package-info.java under " + sourceRoot) {

			private final Set<String> reported = new HashSet<>();

			@Override
			public void init(Collection<JavaClass> allObjectsToTest) {
				this.reported.clear();
			}

			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				String packageName = javaClass.getPackageName();
				Path packageInfo = sourceRoot.resolve(packageName.replace('.', '/')).resolve("package-info.java");
				if (!Files.isRegularFile(packageInfo) && this.reported.add(packageName)) {
					events.add(SimpleConditionEvent.violated(javaClass, "package " + packageName
							+ " has no package-info.java (" + javaClass.getName() + " lives there)"));
				}
			}

		};
	}

}
