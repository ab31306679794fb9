package io.sentia.gateway.production;

import io.sentia.gateway.security.EdgeSecurityProperties;
import io.sentia.gateway.security.OperationsCredential;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionSafeguardsTests {

	private static final String REGISTRY = "http://sentia:registry-secret@registry:8761/eureka/";

	/** Everything a production start needs. */
	private final ApplicationContextRunner production = new ApplicationContextRunner()
		.withUserConfiguration(Safeguarded.class)
		.withPropertyValues("spring.profiles.active=prod", "sentia.gateway.security.session-cookie.secure=true",
				"sentia.gateway.security.client.secret=a-real-client-secret",
				"sentia.operations.password=a-real-operations-password",
				"eureka.client.service-url.defaultZone=" + REGISTRY, "sentia.gateway.health.registry-url=" + REGISTRY);

	@Test
	void startsWithProductionSettings() {
		this.production.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void refusesASessionCookieThatIsNotSecure() {
		this.production.withPropertyValues("sentia.gateway.security.session-cookie.secure=false")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("session cookie is not Secure"));
	}

	@Test
	void refusesTheDevelopmentClientSecret() {
		this.production.withPropertyValues("sentia.gateway.security.client.secret=sentia-gateway-dev-secret")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("SENTIA_GATEWAY_CLIENT_SECRET")
				.message()
				.doesNotContain("sentia-gateway-dev-secret"));
	}

	@Test
	void refusesTheDevelopmentOperationsCredential() {
		this.production.withPropertyValues("sentia.operations.password=sentia-operations-dev-secret")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("SENTIA_OPERATIONS_PASSWORD"));
	}

	@Test
	void refusesARegistryUrlWithoutCredentials() {
		this.production.withPropertyValues("eureka.client.service-url.defaultZone=http://registry:8761/eureka/")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("eureka.client.service-url.defaultZone has no credentials"));
	}

	@Test
	void allowsDevelopmentSettingsOutsideProd() {
		new ApplicationContextRunner().withUserConfiguration(Safeguarded.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ EdgeSecurityProperties.class, OperationsCredential.class })
	@Import(ProductionSafeguards.class)
	static class Safeguarded {

	}

}
