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
	void refusesTheDemoBootstrapUnderTheProdProfile() {
		assertThatIllegalStateException().isThrownBy(
				() -> safety("prod", true, PRODUCTION_KEY, "gateway-secret", "platform-secret").afterPropertiesSet())
			.withMessageContaining("demo bootstrap is enabled");
	}

	@Test
	void refusesDevelopmentSecretsAndKeyUnderTheProdProfile() {
		assertThatIllegalStateException()
			.isThrownBy(() -> safety("prod", false, SigningKeyProperties.DEVELOPMENT_ENCRYPTION_KEY,
					BootstrapProperties.DEV_GATEWAY_SECRET, BootstrapProperties.DEV_PLATFORM_SECRET)
				.afterPropertiesSet())
			.withMessageContaining("development key-encryption key")
			.withMessageContaining("SENTIA_GATEWAY_CLIENT_SECRET")
			.withMessageContaining("SENTIA_PLATFORM_CLIENT_SECRET");
	}

	@Test
	void startsUnderTheProdProfileWithProductionSettings() {
		assertThatNoException().isThrownBy(
				() -> safety("prod", false, PRODUCTION_KEY, "gateway-secret", "platform-secret").afterPropertiesSet());
	}

	@Test
	void allowsDevelopmentSettingsOutsideProd() {
		assertThatNoException()
			.isThrownBy(() -> safety("default", true, SigningKeyProperties.DEVELOPMENT_ENCRYPTION_KEY,
					BootstrapProperties.DEV_GATEWAY_SECRET, BootstrapProperties.DEV_PLATFORM_SECRET)
				.afterPropertiesSet());
	}

	private static ProductionSafety safety(String profile, boolean demo, String key, String gatewaySecret,
			String platformSecret) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profile);
		BootstrapProperties bootstrap = new BootstrapProperties(
				new BootstrapProperties.GatewayClient(gatewaySecret,
						List.of(URI.create("https://sentia.example/login/oauth2/code/sentia")),
						List.of(URI.create("https://sentia.example/"))),
				new BootstrapProperties.PlatformClient(platformSecret), new BootstrapProperties.Demo(demo));
		SigningKeyProperties signingKeys = new SigningKeyProperties(key, java.time.Duration.ofDays(30),
				java.time.Duration.ofMinutes(15), 2048, java.time.Duration.ofSeconds(30));
		return new ProductionSafety(environment, bootstrap, signingKeys);
	}

}
