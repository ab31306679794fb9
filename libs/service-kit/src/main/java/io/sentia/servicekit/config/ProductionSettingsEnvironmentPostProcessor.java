package io.sentia.servicekit.config;

import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start under the {@code prod} profile with development settings (see
 * {@link ProductionSettingsCheck}), before any bean connects anywhere with them. Runs
 * after {@link ServiceDefaultsEnvironmentPostProcessor}, so the defaults a service did
 * not override are checked too.
 */
public class ProductionSettingsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	private static final int ORDER = ServiceDefaultsEnvironmentPostProcessor.ORDER + 1;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles(ServiceDefaultsEnvironmentPostProcessor.PRODUCTION_PROFILE)) {
			return;
		}
		List<String> problems = ProductionSettingsCheck.problems(environment);
		if (!problems.isEmpty()) {
			throw new ProductionSettingsException(problems);
		}
	}

}
