package io.sentia.forecasting.runs;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a tenant's order history straight into the demand tables (the listeners are
 * tested on their own): one order per series and week, on the Wednesday, with seasonal,
 * noisy quantities from a fixed seed.
 */
final class DemandFixture {

	private DemandFixture() {
	}

	/**
	 * @param lastWeekStart Monday of the last full week
	 * @return bottom series written
	 */
	static int write(JdbcTemplate jdbc, String tenant, List<String> skus, List<String> channels, List<String> regions,
			int weeks, LocalDate lastWeekStart) {
		Random random = new Random(42);
		List<Object[]> orders = new ArrayList<>();
		List<Object[]> lines = new ArrayList<>();
		int series = 0;
		for (String sku : skus) {
			for (String channel : channels) {
				for (String region : regions) {
					double level = 5 + random.nextInt(20);
					for (int w = 0; w < weeks; w++) {
						LocalDate day = lastWeekStart.minusWeeks(weeks - 1 - w).plusDays(2);
						double season = 1 + 0.4 * Math.sin(2 * Math.PI * w / 52.0);
						int quantity = (int) Math.max(0, Math.round(level * season + random.nextGaussian() * 2));
						if (quantity == 0) {
							continue;
						}
						String key = "shopify:" + channel + region + ":" + sku + "-" + w;
						orders.add(new Object[] { tenant, key, channel, region,
								day.atTime(10, 0).atOffset(ZoneOffset.UTC), day });
						lines.add(new Object[] { tenant, key, sku, quantity });
					}
					series++;
				}
			}
		}
		jdbc.batchUpdate(
				"""
						INSERT INTO sales_order (tenant_id, order_key, channel, region, status, ordered_at, demand_date, updated_at)
						VALUES (?, ?, ?, ?, 'fulfilled', ?, ?, now())
						""",
				orders);
		jdbc.batchUpdate("""
				INSERT INTO sales_order_line (tenant_id, order_key, line_no, line_id, sku, quantity)
				VALUES (?, ?, 0, '1', ?, ?)
				""", lines);
		return series;
	}

}
