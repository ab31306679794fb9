package io.sentia.auth.bootstrap;

import java.net.URI;
import java.util.List;

import io.sentia.auth.key.SigningKeyProperties;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ProductionSafetyTests {

	private static final String PRODUCTION_KEY = "cHJvZHVjdGlvbi1rZXktZW5jcnlwdGlvbi1rZXktMzI=";

	@Test
	void refusesTheDemoProfileTogetherWithTheProdProfile() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> safety(new String[] { "prod", "demo" }, PRODUCTION_KEY, "gateway-secret", "platform-secret")
						.afterPropertiesSet())
			.withMessageContaining("the demo profile is active")
			.withMessageNotContaining("SENTIA_");
	}

	@Test
	void refusesTheDevelopmentKeyEncryptionKeyUnderTheProdProfile() {
		assertThatIllegalStateException()
			.isThrownBy(() -> safety(PROD, SigningKeyProperties.DEVELOPMENT_ENCRYPTION_KEY, "gateway-secret",
					"platform-secret")
				.afterPropertiesSet())
			.withMessageContaining("development key-encryption key")
			.withMessageNotContaining("demo");
	}

	@Test
	void refusesTheDevelopmentGatewaySecretUnderTheProdProfile() {
		assertThatIllegalStateException()
			.isThrownBy(() -> safety(PROD, PRODUCTION_KEY, BootstrapProperties.DEV_GATEWAY_SECRET, "platform-secret")
				.afterPropertiesSet())
			.withMessageContaining("SENTIA_GATEWAY_CLIENT_SECRET")
			.withMessageNotContaining("SENTIA_PLATFORM_CLIENT_SECRET");
	}

	@Test
	void refusesTheDevelopmentPlatformSecretUnderTheProdProfile() {
		assertThatIllegalStateException()
			.isThrownBy(() -> safety(PROD, PRODUCTION_KEY, "gateway-secret", BootstrapProperties.DEV_PLATFORM_SECRET)
				.afterPropertiesSet())
			.withMessageContaining("SENTIA_PLATFORM_CLIENT_SECRET")
			.withMessageNotContaining("SENTIA_GATEWAY_CLIENT_SECRET");
	}

	@Test
	void passesUnderTheProdProfileWithProductionSettings() {
		assertThatNoException()
			.isThrownBy(() -> safety(PROD, PRODUCTION_KEY, "gateway-secret", "platform-secret").afterPropertiesSet());
	}

	@Test
	void allowsDevelopmentSettingsAndDemoOutsideProd() {
		assertThatNoException()
			.isThrownBy(() -> safety(new String[] { "dev", "demo" }, SigningKeyProperties.DEVELOPMENT_ENCRYPTION_KEY,
					BootstrapProperties.DEV_GATEWAY_SECRET, BootstrapProperties.DEV_PLATFORM_SECRET)
				.afterPropertiesSet());
	}

	private static final String[] PROD = { "prod" };

	private static ProductionSafety safety(String[] profiles, String key, String gatewaySecret, String platformSecret) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		BootstrapProperties bootstrap = new BootstrapProperties(
				new BootstrapProperties.GatewayClient(gatewaySecret,
						List.of(URI.create("https://sentia.example/login/oauth2/code/sentia")),
						List.of(URI.create("https://sentia.example/"))),
				new BootstrapProperties.PlatformClient(platformSecret));
		SigningKeyProperties signingKeys = new SigningKeyProperties(key, java.time.Duration.ofDays(30),
				java.time.Duration.ofMinutes(15), 2048, java.time.Duration.ofSeconds(30));
		return new ProductionSafety(environment, bootstrap, signingKeys);
	}

}
