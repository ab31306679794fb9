package io.sentia.forecasting.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Reads what a plan is computed from: the newest run's SKU-level forecasts, product terms
 * and stock on hand. Every query filters by tenant.
 */
class PlanningRepository {

	private final JdbcClient jdbc;

	PlanningRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tenant's newest succeeded run, whose forecasts plans use. */
	Optional<PlannedRun> latestRun(String tenantId) {
		return this.jdbc.sql("""
				SELECT id, history_end FROM forecast_run WHERE tenant_id = :tenant AND status = 'succeeded'
				ORDER BY finished_at DESC LIMIT 1
				""")
			.param("tenant", tenantId)
			.query((rs, row) -> new PlannedRun(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
			.optional();
	}

	/**
	 * The run's SKU-level weekly forecasts, in week order, by SKU (all SKUs when
	 * {@code sku} is null): the final numbers, with the planner's overrides and event
	 * uplift applied (view {@code forecast_point_final}).
	 */
	Map<String, List<WeekForecast>> skuForecasts(String tenantId, UUID runId, @Nullable String sku) {
		Map<String, List<WeekForecast>> bySku = new LinkedHashMap<>();
		String onlySku = (sku != null) ? " AND sku = :sku" : "";
		StatementSpec query = this.jdbc.sql("""
				SELECT sku, period_start, point, hi95 FROM forecast_point_final
				WHERE run_id = :run AND tenant_id = :tenant AND level = 'sku' AND channel = 'all' AND region = 'all'
				""" + onlySku + " ORDER BY sku, period_start").param("run", runId).param("tenant", tenantId);
		if (sku != null) {
			query = query.param("sku", sku);
		}
		RowCallbackHandler collect = (rs) -> bySku.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>())
			.add(new WeekForecast(rs.getObject(2, LocalDate.class), rs.getDouble(3), rs.getDouble(4)));
		query.query(collect);
		return bySku;
	}

	Optional<ProductTerms> productTerms(String tenantId, String sku) {
		return this.jdbc
			.sql("SELECT lead_time_days, moq, case_pack FROM product WHERE tenant_id = :tenant AND sku = :sku")
			.param("tenant", tenantId)
			.param("sku", sku)
			.query((rs, row) -> new ProductTerms(rs.getObject(1, Integer.class), rs.getInt(2), rs.getInt(3)))
			.optional();
	}

	/** Units on hand: the newest level of each location, summed. */
	long onHand(String tenantId, String sku) {
		return this.jdbc.sql("""
				SELECT coalesce(sum(on_hand), 0) FROM (
				    SELECT DISTINCT ON (location_id) on_hand FROM inventory_level
				    WHERE tenant_id = :tenant AND sku = :sku
				    ORDER BY location_id, as_of DESC
				) newest
				""").param("tenant", tenantId).param("sku", sku).query(Long.class).single();
	}

	/** A run whose forecasts are planned from. */
	record PlannedRun(UUID id, LocalDate historyEnd) {
	}

	/** One week of a SKU's forecast with the upper bound of its 95% interval. */
	record WeekForecast(LocalDate periodStart, double point, double hi95) {
	}

	/** What the catalogue says about ordering a SKU; lead time null when not known. */
	record ProductTerms(@Nullable Integer leadTimeDays, int moq, int casePack) {
	}

}
