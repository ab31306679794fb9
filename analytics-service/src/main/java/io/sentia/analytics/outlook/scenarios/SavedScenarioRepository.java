package io.sentia.analytics.outlook.scenarios;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.analytics.cash.scenario.Scenario;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code cash_scenario} table; every query filters by tenant.
 */
class SavedScenarioRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SavedScenarioRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<SavedScenario> all(String tenantId) {
		return this.jdbc.sql("SELECT * FROM cash_scenario WHERE tenant_id = :tenant ORDER BY lower(name), scenario_id")
			.param("tenant", tenantId)
			.query(this::scenario)
			.list();
	}

	Optional<SavedScenario> find(String tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM cash_scenario WHERE tenant_id = :tenant AND scenario_id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(this::scenario)
			.optional();
	}

	Optional<SavedScenario> findByName(String tenantId, String name) {
		return this.jdbc.sql("SELECT * FROM cash_scenario WHERE tenant_id = :tenant AND lower(name) = lower(:name)")
			.param("tenant", tenantId)
			.param("name", name)
			.query(this::scenario)
			.optional();
	}

	/** Inserts; a name taken meanwhile fails with a {@code DuplicateKeyException}. */
	void insert(String tenantId, SavedScenario scenario) {
		this.jdbc.sql("""
				INSERT INTO cash_scenario (tenant_id, scenario_id, name, definition, created_at, updated_at)
				VALUES (:tenant, :id, :name, CAST(:definition AS jsonb), :createdAt, :updatedAt)
				""")
			.param("tenant", tenantId)
			.param("id", scenario.id())
			.param("name", scenario.name())
			.param("definition", this.json.writeValueAsString(scenario.scenario()))
			.param("createdAt", scenario.createdAt().atOffset(ZoneOffset.UTC))
			.param("updatedAt", scenario.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Renames; a name taken meanwhile fails with a {@code DuplicateKeyException}. */
	boolean rename(String tenantId, UUID id, String name, Instant now) {
		return this.jdbc.sql("""
				UPDATE cash_scenario SET name = :name, updated_at = :now
				WHERE tenant_id = :tenant AND scenario_id = :id
				""")
			.param("tenant", tenantId)
			.param("id", id)
			.param("name", name)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() > 0;
	}

	void delete(String tenantId, UUID id) {
		this.jdbc.sql("DELETE FROM cash_scenario WHERE tenant_id = :tenant AND scenario_id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	private SavedScenario scenario(ResultSet row, int number) throws SQLException {
		return new SavedScenario(row.getObject("scenario_id", UUID.class), row.getString("name"),
				this.json.readValue(row.getString("definition"), Scenario.class),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
