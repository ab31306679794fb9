package io.sentia.servicekit.config;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Under {@code prod} a service refuses every development setting at once, naming what to
 * set and never repeating a secret; elsewhere the same settings are fine.
 */
class ProductionSettingsCheckTests {

	private final MockEnvironment environment = new MockEnvironment()
		.withProperty("spring.application.name", "analytics-service")
		.withProperty("sentia.service.database", "analytics")
		.withProperty("SENTIA_POSTGRES_PASSWORD", "db-from-vault")
		.withProperty("SENTIA_OPERATIONS_PASSWORD", "ops-from-vault")
		.withProperty("SENTIA_EUREKA_URL", "https://analytics:registry-from-vault@registry.internal/eureka/");

	@Test
	void startsUnderProdWithProductionSettings() {
		this.environment.setActiveProfiles("prod");

		assertThatNoException().isThrownBy(this::applyKitPostProcessors);
	}

	@Test
	void refusesTheDevelopmentDatabasePassword() {
		this.environment.setActiveProfiles("prod");
		this.environment.withProperty("SENTIA_POSTGRES_PASSWORD", "sentia");

		assertThat(refusal().problems())
			.containsExactly("the database password is the development default (set SENTIA_POSTGRES_PASSWORD)");
	}

	@Test
	void refusesTheDevelopmentDatabasePasswordWhenNoneIsSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("SENTIA_OPERATIONS_PASSWORD", "ops-from-vault")
			.withProperty("SENTIA_EUREKA_URL", "https://analytics:registry-from-vault@registry.internal/eureka/");
		environment.setActiveProfiles("prod");
		new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

		assertThat(ProductionSettingsCheck.problems(environment)).singleElement()
			.asString()
			.contains("SENTIA_POSTGRES_PASSWORD");
	}

	@Test
	void refusesTheDevelopmentOperationsCredential() {
		this.environment.setActiveProfiles("prod");
		this.environment.withProperty("SENTIA_OPERATIONS_PASSWORD", "sentia-operations-dev-secret");

		assertThat(refusal().problems()).singleElement().asString().contains("SENTIA_OPERATIONS_PASSWORD");
	}

	@Test
	void refusesARegistryUrlWithoutCredentials() {
		this.environment.setActiveProfiles("prod");
		this.environment.withProperty("SENTIA_EUREKA_URL", "https://registry.internal/eureka/");

		assertThat(refusal().problems()).containsExactly("the registry URL https://registry.internal/eureka/ carries "
				+ "no credentials (set SENTIA_EUREKA_URL=https://user:password@host/eureka/)");
	}

	@Test
	void refusesTheDevelopmentRegistryCredentialWithoutRepeatingIt() {
		this.environment.setActiveProfiles("prod");
		this.environment.withProperty("SENTIA_EUREKA_URL",
				"https://a:secret-a@registry-a.internal/eureka/, http://sentia:sentia-registry-dev-secret@registry-b:8761/eureka/");

		ProductionSettingsException refusal = refusal();
		assertThat(refusal.problems()).containsExactly("the registry URL http://registry-b:8761/eureka/ carries the "
				+ "development registry credential (set SENTIA_EUREKA_URL)");
		assertThat(refusal.getMessage()).doesNotContain("sentia-registry-dev-secret", "secret-a");
	}

	@Test
	void ignoresTheRegistryUrlWhenTheEurekaClientIsOff() {
		this.environment.setActiveProfiles("prod");
		this.environment.withProperty("SENTIA_EUREKA_URL", "http://registry:8761/eureka/")
			.withProperty("eureka.client.enabled", "false");

		assertThatNoException().isThrownBy(this::applyKitPostProcessors);
	}

	@Test
	void refusesTheDemoProfile() {
		this.environment.setActiveProfiles("prod", "demo");

		assertThat(refusal().problems()).containsExactly("the demo profile is active (its users and data are public)");
	}

	@Test
	void listsEveryProblemAtOnce() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod", "demo");
		new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

		ProductionSettingsException refusal = assertThatExceptionOfType(ProductionSettingsException.class)
			.isThrownBy(() -> new ProductionSettingsEnvironmentPostProcessor().postProcessEnvironment(environment,
					new SpringApplication()))
			.actual();
		assertThat(refusal.problems()).hasSize(4);
		assertThat(refusal.getMessage()).startsWith("Refusing to start under the prod profile: ")
			.contains("SENTIA_POSTGRES_PASSWORD", "SENTIA_OPERATIONS_PASSWORD", "SENTIA_EUREKA_URL", "demo profile")
			.doesNotContain("sentia-operations-dev-secret", "sentia-registry-dev-secret");
	}

	@Test
	void allowsDevelopmentSettingsOutsideProd() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("demo");
		new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

		assertThatNoException().isThrownBy(() -> new ProductionSettingsEnvironmentPostProcessor()
			.postProcessEnvironment(environment, new SpringApplication()));
	}

	private ProductionSettingsException refusal() {
		return assertThatExceptionOfType(ProductionSettingsException.class).isThrownBy(this::applyKitPostProcessors)
			.actual();
	}

	private void applyKitPostProcessors() {
		new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(this.environment, new SpringApplication());
		new ProductionSettingsEnvironmentPostProcessor().postProcessEnvironment(this.environment,
				new SpringApplication());
	}

}
