package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes planning inputs straight into the read model: a year of weekly orders, products,
 * stock levels and purchase orders.
 */
final class PlanningSeeds {

	private final JdbcTemplate jdbc;

	private final String tenant;

	PlanningSeeds(JdbcTemplate jdbc, String tenant) {
		this.jdbc = jdbc;
		this.tenant = tenant;
	}

	/** One order a week for 60 weeks, around {@code level} units, on the Wednesday. */
	void orders(String sku, String channel, String region, int level) {
		LocalDate lastWeek = LocalDate.now(ZoneOffset.UTC)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(1);
		int weeks = 60;
		for (int w = 0; w < weeks; w++) {
			LocalDate day = lastWeek.minusWeeks(weeks - 1 - w).plusDays(2);
			String key = channel + ":" + region + ":" + sku + "-" + w;
			this.jdbc.update(
					"""
							INSERT INTO sales_order (tenant_id, order_key, channel, region, status, ordered_at, demand_date, updated_at)
							VALUES (?, ?, ?, ?, 'fulfilled', ?, ?, now())
							""",
					this.tenant, key, channel, region, day.atTime(10, 0).atOffset(ZoneOffset.UTC), day);
			this.jdbc.update("""
					INSERT INTO sales_order_line (tenant_id, order_key, line_no, line_id, sku, quantity)
					VALUES (?, ?, 0, '1', ?, ?)
					""", this.tenant, key, sku, level + (w * 7) % 5 - 2);
		}
	}

	void product(String sku, Integer leadTimeDays, int moq, int casePack, BigDecimal unitCost, String currency) {
		this.jdbc.update("""
				INSERT INTO product (tenant_id, sku, name, lead_time_days, moq, case_pack, active, updated_at,
				    unit_cost, cost_currency, supplier_id, supplier_code, supplier_name)
				VALUES (?, ?, ?, ?, ?, ?, true, now(), ?, ?, 'sup-1', 'LDS', 'Leith Distillers')
				""", this.tenant, sku, sku + " product", leadTimeDays, moq, casePack, unitCost, currency);
	}

	void level(String sku, String location, String type, String asOf, int onHand, int inbound) {
		this.jdbc.update(
				"""
						INSERT INTO inventory_level (tenant_id, sku, location_id, location_type, as_of, on_hand, available, inbound)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)
						""",
				this.tenant, sku, location, type, Instant.parse(asOf).atOffset(ZoneOffset.UTC), onHand, onHand,
				inbound);
	}

	void purchase(String order, String status, String location, String sku, int openQuantity) {
		this.jdbc.update("""
				INSERT INTO purchase_order (tenant_id, entity_id, status, location_id, expected_date, updated_at)
				VALUES (?, ?, ?, ?, DATE '2026-12-01', now())
				""", this.tenant, order, status, location);
		this.jdbc.update("""
				INSERT INTO purchase_order_line (tenant_id, entity_id, line_id, sku, open_quantity, expected_date)
				VALUES (?, ?, '1', ?, ?, NULL)
				""", this.tenant, order, sku, openQuantity);
	}

	void tenantCurrency(String currency) {
		this.jdbc.update("""
				INSERT INTO tenant_calendar (tenant_id, time_zone, base_currency, updated_at)
				VALUES (?, 'Europe/London', ?, now())
				""", this.tenant, currency);
	}

}
