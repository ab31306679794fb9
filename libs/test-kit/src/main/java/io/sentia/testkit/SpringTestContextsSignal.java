package io.sentia.testkit;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Lets the kit know that this JVM runs Spring test contexts, whether or not they extend
 * {@link InfrastructureTests}, so the servers are stopped only after those contexts
 * close. Adds no customizer, so Spring's context cache keys stay as they are.
 */
class SpringTestContextsSignal implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		StopAtExit.springTestContextsRun();
		return null;
	}

}
