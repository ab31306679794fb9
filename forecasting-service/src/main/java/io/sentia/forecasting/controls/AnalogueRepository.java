package io.sentia.forecasting.controls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sentia.forecasting.demand.SeriesKeyPath;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Analogue choices with explicit SQL; every query filters by the tenant.
 */
class AnalogueRepository {

	private final JdbcClient jdbc;

	AnalogueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the tenant has demand or a forecast series for this series (or SKU). */
	boolean known(String tenantId, SeriesKeyPath series) {
		boolean wholeSku = "all".equals(series.channel());
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM series_forecast WHERE tenant_id = :tenant AND level = 'bottom'
				                 AND sku = :sku AND (:whole OR (channel = :channel AND region = :region)))
				    OR EXISTS (SELECT 1 FROM daily_demand WHERE tenant_id = :tenant
				                 AND sku = :sku AND (:whole OR (channel = :channel AND region = :region)))
				""")
			.param("tenant", tenantId)
			.param("sku", series.sku())
			.param("whole", wholeSku)
			.param("channel", series.channel())
			.param("region", series.region())
			.query(Boolean.class)
			.single();
	}

	AnalogueChoice save(String tenantId, SeriesKeyPath series, List<String> skus, double scale, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO series_analogue (tenant_id, sku, channel, region, analogue_skus, scale, updated_by,
				    updated_at)
				VALUES (:tenant, :sku, :channel, :region, :skus, :scale, :by, :at)
				ON CONFLICT (tenant_id, sku, channel, region) DO UPDATE SET analogue_skus = EXCLUDED.analogue_skus,
				    scale = EXCLUDED.scale, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
				""")
			.param("tenant", tenantId)
			.param("sku", series.sku())
			.param("channel", series.channel())
			.param("region", series.region())
			.param("skus", skus.toArray(String[]::new))
			.param("scale", scale)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		return new AnalogueChoice(series.key(), skus, scale, by, at);
	}

	Optional<AnalogueChoice> find(String tenantId, SeriesKeyPath series) {
		return this.jdbc.sql("""
				SELECT sku, channel, region, analogue_skus, scale, updated_by, updated_at FROM series_analogue
				WHERE tenant_id = :tenant AND sku = :sku AND channel = :channel AND region = :region
				""")
			.param("tenant", tenantId)
			.param("sku", series.sku())
			.param("channel", series.channel())
			.param("region", series.region())
			.query((row, number) -> choice(row))
			.optional();
	}

	boolean delete(String tenantId, SeriesKeyPath series) {
		return this.jdbc.sql("""
				DELETE FROM series_analogue
				WHERE tenant_id = :tenant AND sku = :sku AND channel = :channel AND region = :region
				""")
			.param("tenant", tenantId)
			.param("sku", series.sku())
			.param("channel", series.channel())
			.param("region", series.region())
			.update() > 0;
	}

	/** Every choice of the tenant, as a run applies them. */
	Map<SeriesKey, AnalogueHistory.Choice> all(String tenantId) {
		Map<SeriesKey, AnalogueHistory.Choice> choices = new HashMap<>();
		this.jdbc
			.sql("SELECT sku, channel, region, analogue_skus, scale FROM series_analogue WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query((row) -> {
				choices.put(new SeriesKey(row.getString("sku"), row.getString("channel"), row.getString("region")),
						new AnalogueHistory.Choice(skus(row), row.getDouble("scale")));
			});
		return choices;
	}

	private static AnalogueChoice choice(ResultSet row) throws SQLException {
		return new AnalogueChoice(row.getString("sku") + ":" + row.getString("channel") + ":" + row.getString("region"),
				skus(row), row.getDouble("scale"), row.getString("updated_by"),
				row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static List<String> skus(ResultSet row) throws SQLException {
		return Arrays.stream((Object[]) row.getArray("analogue_skus").getArray()).map(String::valueOf).toList();
	}

}
