package io.sentia.servicekit.config;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Tells Boot that {@link ServiceKitSchema} initialises the database, ahead of every other
 * initializer: Boot then makes the service's Flyway and every bean that depends on
 * database initialisation wait for it.
 */
class ServiceKitSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(ServiceKitSchema.class);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
