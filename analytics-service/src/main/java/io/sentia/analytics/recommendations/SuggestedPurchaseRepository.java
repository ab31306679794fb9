package io.sentia.analytics.recommendations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.sentia.events.Money;
import io.sentia.events.PurchasePlanChanged;
import io.sentia.events.ReorderRecommended;
import io.sentia.events.SuggestionStatusChanged;
import io.sentia.events.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suggested purchases read models ({@code reorder_recommendation},
 * {@code purchase_plan} with {@code planned_purchase}); every query filters by tenant.
 */
public class SuggestedPurchaseRepository {

	private final JdbcClient jdbc;

	SuggestedPurchaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the recommendation as its SKU and location's latest unless one generated at
	 * least as late is stored.
	 */
	void upsert(ReorderRecommended recommendation) {
		Supplier supplier = recommendation.supplier();
		Money cost = recommendation.estimatedCost();
		this.jdbc.sql("""
				INSERT INTO reorder_recommendation (tenant_id, location_id, sku, recommendation_id, supplier_id,
				                                    supplier_name, quantity, order_by, expected_arrival,
				                                    projected_stockout, estimated_cost, cost_currency, reason,
				                                    forecast_id, generated_at)
				VALUES (:tenant, :locationId, :sku, :recommendationId, :supplierId, :supplierName, :quantity, :orderBy,
				        :expectedArrival, :projectedStockout, :cost, :currency, :reason, :forecastId, :generatedAt)
				ON CONFLICT (tenant_id, location_id, sku) DO UPDATE SET
				    recommendation_id = EXCLUDED.recommendation_id, supplier_id = EXCLUDED.supplier_id,
				    supplier_name = EXCLUDED.supplier_name, quantity = EXCLUDED.quantity, order_by = EXCLUDED.order_by,
				    expected_arrival = EXCLUDED.expected_arrival, projected_stockout = EXCLUDED.projected_stockout,
				    estimated_cost = EXCLUDED.estimated_cost, cost_currency = EXCLUDED.cost_currency,
				    reason = EXCLUDED.reason, forecast_id = EXCLUDED.forecast_id, generated_at = EXCLUDED.generated_at
				WHERE reorder_recommendation.generated_at < EXCLUDED.generated_at
				""")
			.param("tenant", recommendation.tenantId())
			.param("locationId", recommendation.locationId())
			.param("sku", recommendation.sku())
			.param("recommendationId", recommendation.recommendationId())
			.param("supplierId", (supplier != null) ? supplier.supplierId() : null)
			.param("supplierName", (supplier != null) ? supplier.name() : null)
			.param("quantity", recommendation.quantity())
			.param("orderBy", recommendation.orderBy())
			.param("expectedArrival", recommendation.expectedArrival())
			.param("projectedStockout", recommendation.projectedStockout())
			.param("cost", (cost != null) ? cost.amount() : null)
			.param("currency", (cost != null) ? cost.currency() : null)
			.param("reason", recommendation.reason())
			.param("forecastId", recommendation.forecastId())
			.param("generatedAt", recommendation.generatedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Stores the plan revision and replaces its purchases, unless a revision at least as
	 * high is stored; call inside the consumer's transaction.
	 */
	void upsert(PurchasePlanChanged plan) {
		int changed = this.jdbc.sql("""
				INSERT INTO purchase_plan (tenant_id, plan_id, revision, horizon_start, horizon_end, currency,
				                           total_cost, reason, changed_at)
				VALUES (:tenant, :planId, :revision, :horizonStart, :horizonEnd, :currency, :totalCost, :reason,
				        :changedAt)
				ON CONFLICT (tenant_id, plan_id) DO UPDATE SET
				    revision = EXCLUDED.revision, horizon_start = EXCLUDED.horizon_start,
				    horizon_end = EXCLUDED.horizon_end, currency = EXCLUDED.currency,
				    total_cost = EXCLUDED.total_cost, reason = EXCLUDED.reason, changed_at = EXCLUDED.changed_at
				WHERE purchase_plan.revision < EXCLUDED.revision
				""")
			.param("tenant", plan.tenantId())
			.param("planId", plan.planId())
			.param("revision", plan.revision())
			.param("horizonStart", plan.horizonStart())
			.param("horizonEnd", plan.horizonEnd())
			.param("currency", plan.currency())
			.param("totalCost", plan.totalCost().amount())
			.param("reason", plan.reason())
			.param("changedAt", plan.changedAt().atOffset(ZoneOffset.UTC))
			.update();
		if (changed == 0) {
			return;
		}
		this.jdbc.sql("DELETE FROM planned_purchase WHERE tenant_id = :tenant AND plan_id = :planId")
			.param("tenant", plan.tenantId())
			.param("planId", plan.planId())
			.update();
		int position = 0;
		for (PurchasePlanChanged.PlannedPurchase purchase : plan.purchases()) {
			Supplier supplier = purchase.supplier();
			this.jdbc.sql("""
					INSERT INTO planned_purchase (tenant_id, plan_id, position, sku, supplier_id, supplier_name,
					                              quantity, order_by, expected_arrival, cost)
					VALUES (:tenant, :planId, :position, :sku, :supplierId, :supplierName, :quantity, :orderBy,
					        :expectedArrival, :cost)
					""")
				.param("tenant", plan.tenantId())
				.param("planId", plan.planId())
				.param("position", position++)
				.param("sku", purchase.sku())
				.param("supplierId", (supplier != null) ? supplier.supplierId() : null)
				.param("supplierName", (supplier != null) ? supplier.name() : null)
				.param("quantity", purchase.quantity())
				.param("orderBy", purchase.orderBy())
				.param("expectedArrival", purchase.expectedArrival())
				.param("cost", purchase.cost().amount())
				.update();
		}
	}

	/**
	 * Stores a suggestion's status unless a change at least as new is stored.
	 */
	void upsert(SuggestionStatusChanged change) {
		this.jdbc.sql("""
				INSERT INTO suggestion_status (tenant_id, suggestion_id, status, changed_at)
				VALUES (:tenant, :suggestionId, :status, :changedAt)
				ON CONFLICT (tenant_id, suggestion_id) DO UPDATE SET
				    status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
				WHERE suggestion_status.changed_at < EXCLUDED.changed_at
				""")
			.param("tenant", change.tenantId())
			.param("suggestionId", change.suggestionId())
			.param("status", change.status())
			.param("changedAt", change.changedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Every suggested purchase of the tenant: the latest reorder recommendation of each
	 * SKU and location, and the purchases of the newest revision of each plan. The two
	 * may suggest the same goods; {@link SuggestedPurchase#origin()} tells them apart.
	 * @param tenantId the tenant
	 * @return the suggestions, by order-by date, origin, SKU, location
	 */
	public List<SuggestedPurchase> suggestedPurchases(String tenantId) {
		return this.jdbc
			.sql("""
					SELECT 'REORDER_RECOMMENDATION' AS origin, r.recommendation_id AS suggestion_id, NULL::bigint AS revision,
					       r.sku, r.location_id, r.supplier_id, r.supplier_name, r.quantity, r.order_by, r.expected_arrival,
					       r.estimated_cost AS cost, r.cost_currency AS currency, r.generated_at AS suggested_at,
					       0 AS position, s.status
					FROM reorder_recommendation r
					LEFT JOIN suggestion_status s ON s.tenant_id = r.tenant_id AND s.suggestion_id = r.recommendation_id
					WHERE r.tenant_id = :tenant
					UNION ALL
					SELECT 'PURCHASE_PLAN', p.plan_id, p.revision, l.sku, NULL, l.supplier_id, l.supplier_name, l.quantity,
					       l.order_by, l.expected_arrival, l.cost, p.currency, p.changed_at, l.position, NULL
					FROM purchase_plan p JOIN planned_purchase l USING (tenant_id, plan_id)
					WHERE p.tenant_id = :tenant
					ORDER BY order_by, origin, sku, location_id, suggestion_id, position
					""")
			.param("tenant", tenantId)
			.query(SuggestedPurchaseRepository::suggestion)
			.list();
	}

	private static SuggestedPurchase suggestion(ResultSet row, int number) throws SQLException {
		return new SuggestedPurchase(SuggestedPurchase.Origin.valueOf(row.getString("origin")),
				row.getString("suggestion_id"), row.getObject("revision", Long.class), row.getString("sku"),
				row.getString("location_id"), row.getString("supplier_id"), row.getString("supplier_name"),
				row.getInt("quantity"), row.getObject("order_by", LocalDate.class),
				row.getObject("expected_arrival", LocalDate.class), row.getBigDecimal("cost"),
				row.getString("currency"), row.getObject("suggested_at", OffsetDateTime.class).toInstant(),
				row.getString("status"));
	}

}
