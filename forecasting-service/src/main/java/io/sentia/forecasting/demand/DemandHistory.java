package io.sentia.forecasting.demand;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.sentia.forecasting.engine.hierarchy.SeriesKey;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a tenant's demand history as weekly series (ISO weeks of UTC days), stock-out
 * weeks adjusted. Weekly, not daily: per SKU, channel and region most days sell nothing,
 * so daily series are intermittent noise that only Croston-type methods fit; weeks keep
 * the yearly season (52) the engine models and cost a seventh of the fitting time.
 */
public class DemandHistory {

	private final JdbcClient jdbc;

	private final int maxWeeks;

	/**
	 * @param jdbc the database
	 * @param maxWeeks the most recent weeks read; older demand is not fitted
	 */
	public DemandHistory(JdbcClient jdbc, int maxWeeks) {
		this.jdbc = jdbc;
		this.maxWeeks = maxWeeks;
	}

	/**
	 * The tenant's weekly demand up to the last full week before {@code today}.
	 * @param tenantId the tenant
	 * @param today the run's UTC date; its week is not complete and is forecast instead
	 * @return the series, empty when no full week has demand
	 */
	public WeeklyDemand weekly(String tenantId, LocalDate today) {
		LocalDate end = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(1);
		LocalDate earliest = end.plusDays(1).minusWeeks(this.maxWeeks);
		LocalDate firstDay = this.jdbc.sql(
				"SELECT min(demand_date) FROM daily_demand WHERE tenant_id = :tenant AND demand_date BETWEEN :from AND :to")
			.param("tenant", tenantId)
			.param("from", earliest)
			.param("to", end)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		if (firstDay == null) {
			return new WeeklyDemand(end.plusDays(1), 0, List.of());
		}
		LocalDate firstWeekStart = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		int weeks = (int) (ChronoUnit.DAYS.between(firstWeekStart, end.plusDays(1)) / 7);
		Map<SeriesKey, Map<LocalDate, Long>> daily = new HashMap<>();
		this.jdbc.sql("""
				SELECT sku, channel, region, demand_date, quantity FROM daily_demand
				WHERE tenant_id = :tenant AND demand_date BETWEEN :from AND :to
				""").param("tenant", tenantId).param("from", firstWeekStart).param("to", end).query((row) -> {
			daily
				.computeIfAbsent(new SeriesKey(row.getString("sku"), row.getString("channel"), row.getString("region")),
						(key) -> new TreeMap<>())
				.merge(row.getObject("demand_date", LocalDate.class), row.getLong("quantity"), Long::sum);
		});
		List<StockLevel> levels = this.jdbc.sql("""
				SELECT sku, location_id, location_type, as_of, on_hand FROM inventory_level
				WHERE tenant_id = :tenant AND as_of < :before
				ORDER BY sku, location_id, as_of
				""")
			.param("tenant", tenantId)
			.param("before", end.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
			.query((row, number) -> new StockLevel(row.getString("sku"), row.getString("location_id"),
					"AMAZON_FBA".equals(row.getString("location_type")),
					row.getObject("as_of", OffsetDateTime.class).toInstant(), row.getInt("on_hand")))
			.list();
		return WeeklyDemandBuilder.build(firstWeekStart, weeks, daily, StockoutCalendar.of(levels, end));
	}

}
