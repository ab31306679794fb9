package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.servicekit.security.Caller;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Suggestions and stock alert episodes. Every query filters by tenant.
 */
class SuggestionRepository {

	private static final String COLUMNS = """
			id, run_id, sku, location_id, quantity, unit_cost, currency, order_value, requires_approval,
			approval_reason, status, order_by, expected_arrival, projected_stockout, explanation, created_at,
			decided_by, decided_by_email, decided_at, decision_reason, executed_by, executed_by_email, executed_at,
			execution_note
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SuggestionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The newest suggestion of a SKU and location that was not replaced by a run (open,
	 * approved, executed or rejected), to compare a new order with.
	 */
	Optional<Suggestion> latest(String tenantId, String sku, String locationId) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				FROM purchase_suggestion
				WHERE tenant_id = :tenant AND sku = :sku AND location_id = :location
				  AND status NOT IN ('superseded', 'withdrawn')
				ORDER BY created_at DESC, id LIMIT 1
				""")
			.param("tenant", tenantId)
			.param("sku", sku)
			.param("location", locationId)
			.query(this::suggestion)
			.optional();
	}

	void insert(String tenantId, Suggestion suggestion) {
		this.jdbc.sql("""
				INSERT INTO purchase_suggestion (id, tenant_id, run_id, sku, location_id, quantity, unit_cost, currency,
				    order_value, requires_approval, approval_reason, status, order_by, expected_arrival,
				    projected_stockout, explanation, created_at)
				VALUES (:id, :tenant, :run, :sku, :location, :quantity, :unitCost, :currency, :value, :requiresApproval,
				    :approvalReason, :status, :orderBy, :arrival, :stockout, :explanation::jsonb, :createdAt)
				""")
			.param("id", suggestion.id())
			.param("tenant", tenantId)
			.param("run", suggestion.run())
			.param("sku", suggestion.sku())
			.param("location", suggestion.locationId())
			.param("quantity", suggestion.quantity())
			.param("unitCost", suggestion.unitCost())
			.param("currency", suggestion.currency())
			.param("value", suggestion.orderValue())
			.param("requiresApproval", suggestion.requiresApproval())
			.param("approvalReason", suggestion.approvalReason())
			.param("status", suggestion.status())
			.param("orderBy", suggestion.orderBy())
			.param("arrival", suggestion.expectedArrival())
			.param("stockout", suggestion.projectedStockout())
			.param("explanation", this.json.writeValueAsString(suggestion.explanation()))
			.param("createdAt", suggestion.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Closes an open or approved suggestion a run replaced. */
	void close(String tenantId, UUID id, String status, Instant at) {
		this.jdbc.sql("""
				UPDATE purchase_suggestion SET status = :status, closed_at = :at
				WHERE tenant_id = :tenant AND id = :id AND status IN ('open', 'approved')
				""")
			.param("status", status)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	Optional<Suggestion> find(String tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM purchase_suggestion WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(this::suggestion)
			.optional();
	}

	List<Suggestion> list(String tenantId, @Nullable String status, @Nullable String sku, int limit) {
		StatementSpec query = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM purchase_suggestion WHERE tenant_id = :tenant"
					+ ((status != null) ? " AND status = :status" : "") + ((sku != null) ? " AND sku = :sku" : "")
					+ " ORDER BY created_at DESC, sku, location_id LIMIT :limit")
			.param("tenant", tenantId)
			.param("limit", limit);
		if (status != null) {
			query = query.param("status", status);
		}
		if (sku != null) {
			query = query.param("sku", sku);
		}
		return query.query(this::suggestion).list();
	}

	/**
	 * Records a MANAGER's decision on a suggestion that is in one of {@code from}.
	 * @return whether it was in one of those statuses
	 */
	boolean decide(String tenantId, UUID id, List<String> from, String outcome, Caller caller, String reason,
			Instant at) {
		return this.jdbc.sql("""
				UPDATE purchase_suggestion
				SET status = :outcome, decided_by = :by, decided_by_email = :email, decided_at = :at,
				    decision_reason = :reason, closed_at = CASE WHEN :outcome = 'rejected' THEN :at END
				WHERE tenant_id = :tenant AND id = :id AND status IN (:from)
				""")
			.param("outcome", outcome)
			.param("by", caller.subject())
			.param("email", caller.email())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("reason", reason)
			.param("tenant", tenantId)
			.param("id", id)
			.param("from", from)
			.update() == 1;
	}

	/**
	 * Marks a suggestion executed when it may be: open without needing approval, or
	 * approved.
	 * @return whether it was executable
	 */
	boolean execute(String tenantId, UUID id, Caller caller, @Nullable String note, Instant at) {
		return this.jdbc.sql("""
				UPDATE purchase_suggestion
				SET status = 'executed', executed_by = :by, executed_by_email = :email, executed_at = :at,
				    execution_note = :note, closed_at = :at
				WHERE tenant_id = :tenant AND id = :id
				  AND (status = 'approved' OR (status = 'open' AND NOT requires_approval))
				""")
			.param("by", caller.subject())
			.param("email", caller.email())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("note", note)
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Opens an alert episode unless one of the same kind is open for the SKU and
	 * location, which is then only marked seen by this run.
	 * @param alertId the id of the {@code AlertRaised} that announces a new episode
	 * @return whether a new episode opened
	 */
	boolean openEpisode(String tenantId, String sku, String locationId, String kind, UUID runId, UUID alertId,
			Instant at) {
		int touched = this.jdbc.sql("""
				UPDATE planning_alert_episode SET last_run = :run, last_seen_at = :at
				WHERE tenant_id = :tenant AND sku = :sku AND location_id = :location AND kind = :kind
				  AND closed_at IS NULL
				""")
			.param("run", runId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("sku", sku)
			.param("location", locationId)
			.param("kind", kind)
			.update();
		if (touched > 0) {
			return false;
		}
		return this.jdbc.sql("""
				INSERT INTO planning_alert_episode (id, tenant_id, sku, location_id, kind, opened_run, opened_at,
				    last_run, last_seen_at, alert_id)
				VALUES (:id, :tenant, :sku, :location, :kind, :run, :at, :run, :at, :alertId)
				ON CONFLICT DO NOTHING
				""")
			.param("id", UUID.randomUUID())
			.param("tenant", tenantId)
			.param("sku", sku)
			.param("location", locationId)
			.param("kind", kind)
			.param("run", runId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("alertId", alertId)
			.update() == 1;
	}

	/**
	 * Ends an open episode whose condition a run no longer sees.
	 * @return the id of the alert that announced the closed episode, or empty if none was
	 * open
	 */
	Optional<UUID> closeEpisode(String tenantId, String sku, String locationId, String kind, Instant at) {
		return this.jdbc.sql("""
				UPDATE planning_alert_episode SET closed_at = :at
				WHERE tenant_id = :tenant AND sku = :sku AND location_id = :location AND kind = :kind
				  AND closed_at IS NULL
				RETURNING COALESCE(alert_id, id)
				""")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("sku", sku)
			.param("location", locationId)
			.param("kind", kind)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Who started a run by hand.
	 * @return the user id, or empty for a scheduled run
	 */
	Optional<String> requestedBy(String tenantId, UUID runId) {
		return this.jdbc
			.sql("SELECT requested_by FROM forecast_run WHERE tenant_id = :tenant AND id = :run "
					+ "AND requested_by IS NOT NULL")
			.param("tenant", tenantId)
			.param("run", runId)
			.query(String.class)
			.optional();
	}

	private Suggestion suggestion(ResultSet rs, int row) throws SQLException {
		Suggestion.Decision decision = (rs.getString("decided_by") != null) ? new Suggestion.Decision(
				rs.getString("status").equals(Suggestion.REJECTED) ? Suggestion.REJECTED : Suggestion.APPROVED,
				rs.getString("decided_by"), rs.getString("decided_by_email"), instant(rs, "decided_at"),
				rs.getString("decision_reason")) : null;
		Suggestion.Execution execution = (rs.getString("executed_by") != null)
				? new Suggestion.Execution(rs.getString("executed_by"), rs.getString("executed_by_email"),
						instant(rs, "executed_at"), rs.getString("execution_note"))
				: null;
		JsonNode explanation = this.json.readTree(rs.getString("explanation"));
		BigDecimal unitCost = rs.getBigDecimal("unit_cost");
		return new Suggestion(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class), rs.getString("sku"),
				rs.getString("location_id"), rs.getLong("quantity"), unitCost, rs.getString("currency"),
				rs.getBigDecimal("order_value"), rs.getBoolean("requires_approval"), rs.getString("approval_reason"),
				rs.getString("status"), rs.getObject("order_by", LocalDate.class),
				rs.getObject("expected_arrival", LocalDate.class), rs.getObject("projected_stockout", LocalDate.class),
				explanation, instant(rs, "created_at"), decision, execution);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
