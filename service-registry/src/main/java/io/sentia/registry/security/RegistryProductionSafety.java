package io.sentia.registry.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

/**
 * Refuses to start under the {@code prod} profile with a documented development
 * credential, which would let anyone register a service or read the registry.
 */
class RegistryProductionSafety implements InitializingBean {

	static final String PRODUCTION_PROFILE = "prod";

	private final Environment environment;

	private final RegistrySecurityProperties properties;

	RegistryProductionSafety(Environment environment, RegistrySecurityProperties properties) {
		this.environment = environment;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.environment.matchesProfiles(PRODUCTION_PROFILE)) {
			return;
		}
		List<String> problems = new ArrayList<>();
		if (RegistrySecurityProperties.DEVELOPMENT_CLIENTS_PASSWORD.equals(this.properties.clients().password())) {
			problems.add("the registry credential is the development one (set SENTIA_REGISTRY_PASSWORD)");
		}
		if (RegistrySecurityProperties.DEVELOPMENT_OPERATIONS_PASSWORD
			.equals(this.properties.operations().password())) {
			problems.add("the operations credential is the development one (set SENTIA_OPERATIONS_PASSWORD)");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Refusing to start under the prod profile: " + String.join("; ", problems) + ".");
		}
	}

}
