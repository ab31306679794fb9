package io.sentia.integrations.sync;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.sentia.integrations.PrometheusScrape;
import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.testkit.InfrastructureTests;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;

/**
 * A provider's connection synced through the running service against its simulator: what
 * every such test reads (runs, cursors, the outbox, the metrics) and the beans it drives.
 */
@AutoConfigureMockMvc
public abstract class ProviderSyncTests extends InfrastructureTests {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected SyncEngine engine;

	@Autowired
	protected ConnectionDirectory connections;

	@Autowired
	protected CredentialVault vault;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected JsonMapper json;

	/** Waits until every run has finished, whatever its status. */
	protected void awaitFinished(List<UUID> runs) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> runs.stream()
				.allMatch((run) -> this.jdbc.sql("SELECT finished_at IS NOT NULL FROM sync_run WHERE id = ?")
					.param(run)
					.query(Boolean.class)
					.single()));
	}

	/** The tenant's events on a topic, in the order the outbox holds them. */
	protected List<String> payloads(String tenantId, String topic) {
		return this.jdbc.sql("SELECT payload FROM outbox_event WHERE tenant_id = ? AND topic = ? ORDER BY seq")
			.params(tenantId, topic)
			.query(String.class)
			.list();
	}

	/** The provider time a stream's cursor stands at. */
	protected Instant highWater(UUID connection, String stream) {
		return this.jdbc.sql("SELECT high_water FROM sync_cursor WHERE connection_id = ? AND stream = ?")
			.params(connection, stream)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	/**
	 * Asserts {@code /actuator/prometheus} tags the connection by id and names none of
	 * the tenant's provider identifiers.
	 */
	protected void assertMetricsNameConnectionByIdOnly(UUID connection, String... identifiers) throws Exception {
		PrometheusScrape.assertNamesConnectionByIdOnly(this.mvc, connection, identifiers);
	}

}
