package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.sentia.events.Supplier;
import io.sentia.servicekit.sql.Where;
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
		StatementSpec query = Where.all()
			.andEqual("run_id", "run", runId)
			.andEqual("tenant_id", "tenant", tenantId)
			.andEqualIfPresent("sku", "sku", sku)
			.statement(this.jdbc, """
					SELECT sku, period_start, point, hi95 FROM forecast_point_final
					WHERE {where} AND level = 'sku' AND channel = 'all' AND region = 'all'
					ORDER BY sku, period_start
					""");
		RowCallbackHandler collect = (rs) -> bySku.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>())
			.add(new WeekForecast(rs.getObject(2, LocalDate.class), rs.getDouble(3), rs.getDouble(4)));
		query.query(collect);
		return bySku;
	}

	/**
	 * The run's bottom-level (SKU × channel × region) weekly forecasts of one SKU, final
	 * numbers, in week order.
	 */
	Map<SalesSeries, List<WeekForecast>> bottomForecasts(String tenantId, UUID runId, String sku) {
		Map<SalesSeries, List<WeekForecast>> bySeries = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT channel, region, period_start, point, hi95 FROM forecast_point_final
				WHERE run_id = :run AND tenant_id = :tenant AND level = 'bottom' AND sku = :sku
				ORDER BY channel, region, period_start
				""")
			.param("run", runId)
			.param("tenant", tenantId)
			.param("sku", sku)
			.query((RowCallbackHandler) (rs) -> {
				SalesSeries series = new SalesSeries(rs.getString(1), rs.getString(2));
				bySeries.computeIfAbsent(series, (key) -> new ArrayList<>())
					.add(new WeekForecast(rs.getObject(3, LocalDate.class), rs.getDouble(4), rs.getDouble(5)));
			});
		return bySeries;
	}

	Optional<ProductTerms> productTerms(String tenantId, String sku) {
		return this.jdbc
			.sql("""
					SELECT lead_time_days, moq, case_pack, unit_cost, cost_currency, supplier_id, supplier_code, supplier_name
					FROM product WHERE tenant_id = :tenant AND sku = :sku
					""")
			.param("tenant", tenantId)
			.param("sku", sku)
			.query((rs, row) -> {
				String supplierId = rs.getString(6);
				String supplierName = rs.getString(8);
				Supplier supplier = (supplierId != null && supplierName != null)
						? new Supplier(supplierId, rs.getString(7), supplierName) : null;
				return new ProductTerms(rs.getObject(1, Integer.class), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
						rs.getString(5), supplier);
			})
			.optional();
	}

	/** The newest level of each location holding the SKU, by location id. */
	List<StockPoint> stock(String tenantId, String sku) {
		return this.jdbc.sql("""
				SELECT DISTINCT ON (location_id) location_id, location_type, on_hand, inbound FROM inventory_level
				WHERE tenant_id = :tenant AND sku = :sku
				ORDER BY location_id, as_of DESC
				""")
			.param("tenant", tenantId)
			.param("sku", sku)
			.query((rs, row) -> new StockPoint(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/** Every SKU's forecast units over the run's horizon, with its unit cost. */
	List<SkuClasses.Demand> skuDemands(String tenantId, UUID runId) {
		return this.jdbc.sql("""
				SELECT f.sku, sum(greatest(f.point, 0)), p.unit_cost FROM forecast_point_final f
				LEFT JOIN product p ON p.tenant_id = f.tenant_id AND p.sku = f.sku
				WHERE f.run_id = :run AND f.tenant_id = :tenant AND f.level = 'sku' AND f.channel = 'all'
				  AND f.region = 'all'
				GROUP BY f.sku, p.unit_cost
				""")
			.param("run", runId)
			.param("tenant", tenantId)
			.query((rs, row) -> new SkuClasses.Demand(rs.getString(1), rs.getDouble(2), rs.getBigDecimal(3)))
			.list();
	}

	/** The service level a MANAGER set per SKU class. */
	Map<String, Double> classServiceLevels(String tenantId) {
		Map<String, Double> levels = new LinkedHashMap<>();
		this.jdbc.sql("SELECT sku_class, service_level FROM class_service_level WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query((RowCallbackHandler) (rs) -> levels.put(rs.getString(1), rs.getDouble(2)));
		return levels;
	}

	/** The regions each location serves, as a planner set them, by location id. */
	Map<String, List<String>> locationRegions(String tenantId) {
		Map<String, List<String>> regions = new LinkedHashMap<>();
		this.jdbc.sql("SELECT location_id, regions FROM location_region WHERE tenant_id = :tenant ORDER BY location_id")
			.param("tenant", tenantId)
			.query((RowCallbackHandler) (rs) -> regions.put(rs.getString(1),
					List.of((String[]) rs.getArray(2).getArray())));
		return regions;
	}

	/** The currency the tenant reports in, once auth.tenants.v1 has said so. */
	Optional<String> tenantCurrency(String tenantId) {
		return this.jdbc.sql("SELECT base_currency FROM tenant_calendar WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap((currency) -> currency);
	}

	/** A run whose forecasts are planned from. */
	record PlannedRun(UUID id, LocalDate historyEnd) {
	}

	/** One week of a SKU's forecast with the upper bound of its 95% interval. */
	record WeekForecast(LocalDate periodStart, double point, double hi95) {
	}

	/**
	 * What the catalogue says about ordering a SKU; lead time, cost and supplier null
	 * when not known.
	 */
	record ProductTerms(@Nullable Integer leadTimeDays, int moq, int casePack, @Nullable BigDecimal unitCost,
			@Nullable String costCurrency, @Nullable Supplier supplier) {

		static final ProductTerms UNKNOWN = new ProductTerms(null, 0, 1, null, null, null);

	}

	/** Where a SKU sells: one bottom series of the hierarchy. */
	record SalesSeries(String channel, String region) {
	}

	/** The newest stock of a SKU at one location. */
	record StockPoint(String locationId, String locationType, long onHand, long inbound) {
	}

}
