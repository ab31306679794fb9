package io.sentia.servicekit.config;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the kit's own tables ({@code outbox_event}, {@code processed_event}) from
 * {@value #LOCATION} with a history table of their own, so the kit's versions never
 * collide with a service's {@code db/migration} versions. Runs before the service's
 * Flyway (see {@link ServiceKitSchemaInitializerDetector}) and before any bean that uses
 * the database.
 */
public class ServiceKitSchema implements InitializingBean {

	/** Where the kit's migrations live. */
	public static final String LOCATION = "classpath:db/servicekit";

	/** The kit's schema history table. */
	public static final String HISTORY_TABLE = "servicekit_schema_history";

	private final DataSource dataSource;

	public ServiceKitSchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		Flyway.configure()
			.dataSource(this.dataSource)
			.locations(LOCATION)
			.table(HISTORY_TABLE)
			// A schema the service migrated before the kit had tables is not empty;
			// baselining at 0 still applies the kit's V1.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}
