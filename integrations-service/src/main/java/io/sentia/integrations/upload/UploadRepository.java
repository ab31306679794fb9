package io.sentia.integrations.upload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes {@code uploads}, always within one tenant. */
class UploadRepository {

	private static final String COLUMNS = "id, kind, file_name, format, source, source_ref, status, error, total_rows, imported, quarantined, report, created_by, created_at";

	private static final TypeReference<List<RowProblem>> REPORT = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	UploadRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(String tenantId, UploadView upload) {
		this.jdbc.sql("""
				INSERT INTO uploads (id, tenant_id, kind, file_name, format, source, source_ref, status, error,
				                     total_rows, imported, quarantined, report, created_by, created_at)
				VALUES (:id, :tenant, :kind, :fileName, :format, :source, :sourceRef, :status, :error,
				        :rows, :imported, :quarantined, CAST(:report AS jsonb), :createdBy, :createdAt)
				""")
			.param("id", upload.id())
			.param("tenant", tenantId)
			.param("kind", upload.kind())
			.param("fileName", upload.fileName())
			.param("format", upload.format())
			.param("source", upload.source())
			.param("sourceRef", upload.sourceRef())
			.param("status", upload.status())
			.param("error", upload.error())
			.param("rows", upload.rows())
			.param("imported", upload.imported())
			.param("quarantined", upload.quarantined())
			.param("report", this.json.writeValueAsString(upload.report()))
			.param("createdBy", upload.createdBy())
			.param("createdAt", java.sql.Timestamp.from(upload.createdAt()))
			.update();
	}

	Optional<UploadView> find(String tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM uploads WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(this::view)
			.optional();
	}

	boolean existsBySourceRef(String tenantId, String source, String sourceRef) {
		return this.jdbc
			.sql("SELECT count(*) FROM uploads WHERE tenant_id = :tenant AND source = :source AND source_ref = :ref")
			.param("tenant", tenantId)
			.param("source", source)
			.param("ref", sourceRef)
			.query(Long.class)
			.single() > 0;
	}

	/** The newest uploads first. */
	List<UploadView> list(String tenantId, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM uploads WHERE tenant_id = :tenant ORDER BY created_at DESC, id LIMIT :limit")
			.param("tenant", tenantId)
			.param("limit", limit)
			.query(this::view)
			.list();
	}

	private UploadView view(ResultSet rs, int row) throws SQLException {
		return new UploadView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("file_name"),
				rs.getString("format"), rs.getString("source"), rs.getString("source_ref"), rs.getString("status"),
				rs.getString("error"), rs.getInt("total_rows"), rs.getInt("imported"), rs.getInt("quarantined"),
				this.json.readValue(rs.getString("report"), REPORT), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

}
