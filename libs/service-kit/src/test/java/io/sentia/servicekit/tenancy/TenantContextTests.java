package io.sentia.servicekit.tenancy;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which tenant the kit's default context answers, and that a service's own resolver wins.
 */
class TenantContextTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TenancyConfiguration.class));

	@Test
	void answersTheDemoTenantByDefault() {
		this.contexts.run((context) -> assertThat(context.getBean(TenantContext.class).currentTenantId())
			.isEqualTo("5e471a00-0000-4000-8000-000000000001"));
	}

	@Test
	void answersTheConfiguredTenant() {
		this.contexts.withPropertyValues("sentia.tenancy.default-tenant-id=0b7e2c55-6f0e-4a51-9d0e-8c3f1f6f2a10")
			.run((context) -> assertThat(context.getBean(TenantContext.class).currentTenantId())
				.isEqualTo("0b7e2c55-6f0e-4a51-9d0e-8c3f1f6f2a10"));
	}

	@Test
	void refusesToStartWithATenantIdThatIsNotAUuid() {
		this.contexts.withPropertyValues("sentia.tenancy.default-tenant-id=highland-harbour")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("default-tenant-id"));
	}

	@Test
	void stepsAsideForAServiceResolver() {
		this.contexts.withUserConfiguration(TokenTenantConfiguration.class)
			.run((context) -> assertThat(context.getBean(TenantContext.class).currentTenantId())
				.isEqualTo("from-token"));
	}

	@Configuration(proxyBeanMethods = false)
	static class TokenTenantConfiguration {

		@Bean
		TenantContext tokenTenantContext() {
			return () -> "from-token";
		}

	}

}
