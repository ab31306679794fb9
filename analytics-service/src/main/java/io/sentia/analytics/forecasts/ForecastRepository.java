package io.sentia.analytics.forecasts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sentia.events.ForecastPublished.Granularity;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code forecast} read model with its points; every query filters by tenant.
 */
public class ForecastRepository {

	private final JdbcClient jdbc;

	ForecastRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the forecast as its series' latest and replaces the points, unless one made
	 * at least as late is stored; call inside the consumer's transaction.
	 */
	void upsert(Forecast forecast) {
		int changed = this.jdbc.sql("""
				INSERT INTO forecast (tenant_id, sku, channel, region, forecast_id, model, granularity, history_end,
				                      generated_at, smape, mase)
				VALUES (:tenant, :sku, :channel, :region, :forecastId, :model, :granularity, :historyEnd,
				        :generatedAt, :smape, :mase)
				ON CONFLICT (tenant_id, sku, channel, region) DO UPDATE SET
				    forecast_id = EXCLUDED.forecast_id, model = EXCLUDED.model, granularity = EXCLUDED.granularity,
				    history_end = EXCLUDED.history_end, generated_at = EXCLUDED.generated_at,
				    smape = EXCLUDED.smape, mase = EXCLUDED.mase
				WHERE forecast.generated_at < EXCLUDED.generated_at
				""")
			.param("tenant", forecast.tenantId())
			.param("sku", forecast.sku())
			.param("channel", forecast.channel())
			.param("region", forecast.region())
			.param("forecastId", forecast.forecastId())
			.param("model", forecast.model())
			.param("granularity", forecast.granularity().name().toLowerCase(Locale.ROOT))
			.param("historyEnd", forecast.historyEnd())
			.param("generatedAt", forecast.generatedAt().atOffset(ZoneOffset.UTC))
			.param("smape", forecast.smape())
			.param("mase", forecast.mase())
			.update();
		if (changed == 0) {
			return;
		}
		this.jdbc.sql("""
				DELETE FROM forecast_point
				WHERE tenant_id = :tenant AND sku = :sku AND channel = :channel AND region = :region
				""")
			.param("tenant", forecast.tenantId())
			.param("sku", forecast.sku())
			.param("channel", forecast.channel())
			.param("region", forecast.region())
			.update();
		for (Forecast.Point point : forecast.points()) {
			this.jdbc.sql("""
					INSERT INTO forecast_point (tenant_id, sku, channel, region, period_start, quantity, lower80,
					                            upper80, lower90, upper90, lower95, upper95)
					VALUES (:tenant, :sku, :channel, :region, :periodStart, :quantity, :lower80, :upper80, :lower90,
					        :upper90, :lower95, :upper95)
					""")
				.param("tenant", forecast.tenantId())
				.param("sku", forecast.sku())
				.param("channel", forecast.channel())
				.param("region", forecast.region())
				.param("periodStart", point.periodStart())
				.param("quantity", point.quantity())
				.param("lower80", point.lower80())
				.param("upper80", point.upper80())
				.param("lower90", point.lower90())
				.param("upper90", point.upper90())
				.param("lower95", point.lower95())
				.param("upper95", point.upper95())
				.update();
		}
	}

	/**
	 * The latest forecast of every series of the tenant, with its points.
	 * @param tenantId the tenant
	 * @return the forecasts, by SKU, channel and region
	 */
	public List<Forecast> latestForecasts(String tenantId) {
		Map<String, Forecast> forecasts = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM forecast WHERE tenant_id = :tenant ORDER BY sku, channel, region")
			.param("tenant", tenantId)
			.query((row) -> {
				Forecast forecast = forecast(row, List.of());
				forecasts.put(key(forecast.sku(), forecast.channel(), forecast.region()), forecast);
			});
		Map<String, List<Forecast.Point>> points = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM forecast_point WHERE tenant_id = :tenant ORDER BY period_start")
			.param("tenant", tenantId)
			.query((RowCallbackHandler) (row) -> {
				points
					.computeIfAbsent(key(row.getString("sku"), row.getString("channel"), row.getString("region")),
							(key) -> new ArrayList<>())
					.add(point(row));
			});
		List<Forecast> result = new ArrayList<>(forecasts.size());
		forecasts.forEach((key,
				forecast) -> result.add(new Forecast(forecast.tenantId(), forecast.sku(), forecast.channel(),
						forecast.region(), forecast.forecastId(), forecast.model(), forecast.granularity(),
						forecast.historyEnd(), forecast.generatedAt(), forecast.smape(), forecast.mase(),
						points.getOrDefault(key, List.of()))));
		return result;
	}

	private static String key(String sku, String channel, String region) {
		return sku + "\u0000" + channel + "\u0000" + region;
	}

	private static Forecast forecast(ResultSet row, List<Forecast.Point> points) throws SQLException {
		return new Forecast(row.getString("tenant_id"), row.getString("sku"), row.getString("channel"),
				row.getString("region"), row.getString("forecast_id"), row.getString("model"),
				Granularity.valueOf(row.getString("granularity").toUpperCase(Locale.ROOT)),
				row.getObject("history_end", LocalDate.class),
				row.getObject("generated_at", OffsetDateTime.class).toInstant(), row.getObject("smape", Double.class),
				row.getObject("mase", Double.class), points);
	}

	private static Forecast.Point point(ResultSet row) throws SQLException {
		return new Forecast.Point(row.getObject("period_start", LocalDate.class), row.getDouble("quantity"),
				row.getDouble("lower80"), row.getDouble("upper80"), row.getDouble("lower90"), row.getDouble("upper90"),
				row.getDouble("lower95"), row.getDouble("upper95"));
	}

}
