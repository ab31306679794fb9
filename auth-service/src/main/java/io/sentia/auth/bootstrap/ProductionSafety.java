package io.sentia.auth.bootstrap;

import java.util.ArrayList;
import java.util.List;

import io.sentia.auth.key.SigningKeyProperties;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

/**
 * Refuses to start under the {@code prod} profile with any development setting: the
 * {@code demo} profile (demo users with documented passwords), the public development
 * key-encryption key, or the development secrets of the gateway and platform clients.
 */
class ProductionSafety implements InitializingBean {

	static final String PRODUCTION_PROFILE = "prod";

	private final Environment environment;

	private final BootstrapProperties bootstrap;

	private final SigningKeyProperties signingKeys;

	ProductionSafety(Environment environment, BootstrapProperties bootstrap, SigningKeyProperties signingKeys) {
		this.environment = environment;
		this.bootstrap = bootstrap;
		this.signingKeys = signingKeys;
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.environment.matchesProfiles(PRODUCTION_PROFILE)) {
			return;
		}
		List<String> problems = new ArrayList<>();
		if (this.environment.matchesProfiles(DemoTenant.PROFILE)) {
			problems.add("the demo profile is active (it creates demo users with documented passwords)");
		}
		if (this.signingKeys.usesDevelopmentKey()) {
			problems.add("the development key-encryption key is configured (set SENTIA_AUTH_KEY_ENCRYPTION_KEY)");
		}
		if (BootstrapProperties.DEV_GATEWAY_SECRET.equals(this.bootstrap.gatewayClient().secret())) {
			problems.add("the gateway client has its development secret (set SENTIA_GATEWAY_CLIENT_SECRET)");
		}
		if (BootstrapProperties.DEV_PLATFORM_SECRET.equals(this.bootstrap.platformClient().secret())) {
			problems.add("the platform client has its development secret (set SENTIA_PLATFORM_CLIENT_SECRET)");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Refusing to start under the prod profile: " + String.join("; ", problems) + ".");
		}
	}

}
