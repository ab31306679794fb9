package io.sentia.integrations.connection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores connections ({@code connection}) and answers the {@link ConnectionDirectory}
 * look-ups of schedulers, webhooks and OAuth callbacks. Tenant-facing reads take the
 * tenant and never return a deleted connection.
 */
public class ConnectionRepository implements ConnectionDirectory {

	private static final String COLUMNS = "id, tenant_id, provider, account, region, display_name, settings::text AS settings, status, created_at, updated_at";

	private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ConnectionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public Optional<ConnectionSpec> find(UUID connectionId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM connection WHERE id = :id AND status <> 'deleted'")
			.param("id", connectionId)
			.query(this::connection)
			.optional()
			.map(Connection::spec);
	}

	@Override
	public List<ConnectionSpec> active() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM connection WHERE status = 'active' ORDER BY created_at, id")
			.query(this::connection)
			.list()
			.stream()
			.map(Connection::spec)
			.toList();
	}

	@Override
	public List<ConnectionSpec> findByAccount(Provider provider, String account) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM connection"
				+ " WHERE provider = :provider AND account = :account AND status = 'active' ORDER BY created_at, id")
			.param("provider", provider.id())
			.param("account", account)
			.query(this::connection)
			.list()
			.stream()
			.map(Connection::spec)
			.toList();
	}

	@Override
	public void updateAccount(UUID connectionId, String account) {
		int updated = this.jdbc
			.sql("UPDATE connection SET account = :account, updated_at = now() WHERE id = :id AND status <> 'deleted'")
			.param("account", account)
			.param("id", connectionId)
			.update();
		if (updated == 0) {
			throw new IllegalArgumentException("no connection " + connectionId);
		}
	}

	/** The tenant's connection, unless deleted. */
	public Optional<Connection> find(String tenantId, UUID connectionId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM connection WHERE id = :id AND tenant_id = :tenant AND status <> 'deleted'")
			.param("id", connectionId)
			.param("tenant", tenantId)
			.query(this::connection)
			.optional();
	}

	/** The tenant's connections, oldest first, without deleted ones. */
	public List<Connection> list(String tenantId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM connection WHERE tenant_id = :tenant AND status <> 'deleted' ORDER BY created_at, id")
			.param("tenant", tenantId)
			.query(this::connection)
			.list();
	}

	/**
	 * Inserts a connection.
	 * @throws org.springframework.dao.DuplicateKeyException when the tenant already has a
	 * live connection to the provider account
	 */
	void insert(Connection connection) {
		this.jdbc.sql("""
				INSERT INTO connection (id, tenant_id, provider, account, region, display_name, settings, status,
				                        created_at, updated_at)
				VALUES (:id, :tenant, :provider, :account, :region, :displayName, CAST(:settings AS jsonb), :status,
				        :createdAt, :updatedAt)
				""")
			.param("id", connection.id())
			.param("tenant", connection.tenantId())
			.param("provider", connection.provider().id())
			.param("account", connection.account())
			.param("region", connection.region())
			.param("displayName", connection.displayName())
			.param("settings", this.json.writeValueAsString(connection.settings()))
			.param("status", connection.status().id())
			.param("createdAt", Timestamp.from(connection.createdAt()))
			.param("updatedAt", Timestamp.from(connection.updatedAt()))
			.update();
	}

	/** Saves a changed connection of the tenant (not its id, tenant or provider). */
	void update(Connection connection) {
		this.jdbc.sql("""
				UPDATE connection SET account = :account, region = :region, display_name = :displayName,
				       settings = CAST(:settings AS jsonb), status = :status, updated_at = :updatedAt
				WHERE id = :id AND tenant_id = :tenant
				""")
			.param("account", connection.account())
			.param("region", connection.region())
			.param("displayName", connection.displayName())
			.param("settings", this.json.writeValueAsString(connection.settings()))
			.param("status", connection.status().id())
			.param("updatedAt", Timestamp.from(connection.updatedAt()))
			.param("id", connection.id())
			.param("tenant", connection.tenantId())
			.update();
	}

	/**
	 * Locks the tenant's connection row until the caller's transaction ends, whatever its
	 * status, so a change and a delete do not interleave.
	 */
	Optional<Connection> lock(String tenantId, UUID connectionId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM connection WHERE id = :id AND tenant_id = :tenant FOR NO KEY UPDATE")
			.param("id", connectionId)
			.param("tenant", tenantId)
			.query(this::connection)
			.optional();
	}

	private Connection connection(ResultSet row, int number) throws SQLException {
		return new Connection(row.getObject("id", UUID.class), row.getString("tenant_id"),
				Provider.fromId(row.getString("provider")), row.getString("account"), row.getString("region"),
				row.getString("display_name"), settings(row.getString("settings")),
				ConnectionStatus.fromId(row.getString("status")), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}

	private Map<String, String> settings(@Nullable String text) {
		return (text == null) ? Map.of() : this.json.readValue(text, SETTINGS);
	}

}
