package io.sentia.registry.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under {@code prod} the registry refuses its documented development credentials.
 */
class RegistryProductionSafetyTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(UserConfigurations.of(Safety.class))
		.withPropertyValues("sentia.registry.clients.username=sentia",
				"sentia.registry.operations.username=operations");

	@Test
	void refusesTheDevelopmentRegistryCredentialUnderProd() {
		this.contexts
			.withPropertyValues("spring.profiles.active=prod",
					"sentia.registry.clients.password=" + RegistrySecurityProperties.DEVELOPMENT_CLIENTS_PASSWORD,
					"sentia.registry.operations.password=ops-from-vault")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("SENTIA_REGISTRY_PASSWORD")
				.hasMessageNotContaining("SENTIA_OPERATIONS_PASSWORD"));
	}

	@Test
	void refusesTheDevelopmentOperationsCredentialUnderProd() {
		this.contexts
			.withPropertyValues("spring.profiles.active=prod", "sentia.registry.clients.password=registry-from-vault",
					"sentia.registry.operations.password=" + RegistrySecurityProperties.DEVELOPMENT_OPERATIONS_PASSWORD)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("SENTIA_OPERATIONS_PASSWORD"));
	}

	@Test
	void startsUnderProdWithRealCredentialsAndInDevelopmentWithTheDocumentedOnes() {
		this.contexts
			.withPropertyValues("spring.profiles.active=prod", "sentia.registry.clients.password=registry-from-vault",
					"sentia.registry.operations.password=ops-from-vault")
			.run((context) -> assertThat(context).hasNotFailed());
		this.contexts
			.withPropertyValues(
					"sentia.registry.clients.password=" + RegistrySecurityProperties.DEVELOPMENT_CLIENTS_PASSWORD,
					"sentia.registry.operations.password=" + RegistrySecurityProperties.DEVELOPMENT_OPERATIONS_PASSWORD)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RegistrySecurityProperties.class)
	static class Safety {

		@Bean
		RegistryProductionSafety registryProductionSafety(Environment environment,
				RegistrySecurityProperties properties) {
			return new RegistryProductionSafety(environment, properties);
		}

	}

}
