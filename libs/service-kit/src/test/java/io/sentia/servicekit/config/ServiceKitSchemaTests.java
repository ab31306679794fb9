package io.sentia.servicekit.config;

import java.util.List;

import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's tables come from their own Flyway history, before the service's migrations,
 * which may therefore use them.
 */
class ServiceKitSchemaTests extends ServiceKitTestSupport {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void keepsTheKitsMigrationsInTheirOwnHistory() {
		assertThat(versions(ServiceKitSchema.HISTORY_TABLE)).containsExactly("1");
	}

	@Test
	void migratesTheServiceAfterTheKit() {
		// The service's V1 creates a view over outbox_event; it could only succeed after
		// the kit's V1.
		assertThat(versions("flyway_schema_history")).containsExactly("0", "1");
		assertThat(this.jdbc.sql("SELECT count(*) FROM pending_outbox").query(Long.class).single()).isNotNegative();
	}

	private List<String> versions(String historyTable) {
		return this.jdbc.sql("SELECT version FROM " + historyTable + " WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list();
	}

}
