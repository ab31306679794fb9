package io.sentia.analytics.fx;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.sentia.servicekit.sql.Where;
import io.sentia.servicekit.sql.Where.Comparison;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code fx_rate} table: one rate per tenant, pair and day. A manual rate replaces
 * any other; a feed's or the demo's rate replaces only one of its own source, so a
 * MANAGER's correction survives the next feed run.
 */
class FxRateRepository {

	private final NamedParameterJdbcOperations namedJdbc;

	private final JdbcClient jdbc;

	FxRateRepository(NamedParameterJdbcOperations namedJdbc) {
		this.namedJdbc = namedJdbc;
		this.jdbc = JdbcClient.create(namedJdbc);
	}

	/**
	 * Stores the rates of a tenant under the rule above.
	 * @param tenantId the tenant
	 * @param rates the rates
	 * @param now the time to record
	 * @return how many rates were inserted or replaced
	 */
	int store(String tenantId, List<FxRate> rates, Instant now) {
		int[] counts = this.namedJdbc.batchUpdate("""
				INSERT INTO fx_rate (tenant_id, base_currency, quote_currency, rate_date, rate, source, updated_at)
				VALUES (:tenant, :base, :quote, :date, :rate, :source, :now)
				ON CONFLICT (tenant_id, base_currency, quote_currency, rate_date) DO UPDATE SET
				    rate = EXCLUDED.rate, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at
				WHERE EXCLUDED.source = 'manual' OR fx_rate.source = EXCLUDED.source
				""", rates.stream().map((rate) -> parameters(tenantId, rate, now)).toArray(SqlParameterSource[]::new));
		int stored = 0;
		for (int count : counts) {
			stored += Math.max(count, 0);
		}
		return stored;
	}

	private static SqlParameterSource parameters(String tenantId, FxRate rate, Instant now) {
		return new MapSqlParameterSource().addValue("tenant", tenantId)
			.addValue("base", rate.base())
			.addValue("quote", rate.quote())
			.addValue("date", rate.date())
			.addValue("rate", rate.rate())
			.addValue("source", rate.source().value())
			.addValue("now", now.atOffset(ZoneOffset.UTC));
	}

	/**
	 * The tenant's rates of days in a range, optionally of one quote currency.
	 * @param tenantId the tenant
	 * @param from first day, inclusive
	 * @param to last day, inclusive
	 * @param quote the quote currency, or {@code null} for all
	 * @return the rates by day, base, quote
	 */
	List<FxRate> rates(String tenantId, LocalDate from, LocalDate to, @Nullable String quote) {
		return Where.all()
			.andEqual("tenant_id", "tenant", tenantId)
			.and("rate_date", Comparison.AT_LEAST, "from", from)
			.and("rate_date", Comparison.AT_MOST, "to", to)
			.andEqualIfPresent("quote_currency", "quote", quote)
			.statement(this.jdbc,
					"SELECT * FROM fx_rate WHERE {where} ORDER BY rate_date, base_currency, quote_currency")
			.query(FxRateRepository::rate)
			.list();
	}

	/**
	 * What converting amounts of days in a range needs: the tenant's rates of those days
	 * and, of every pair, its latest rate before the range.
	 * @param tenantId the tenant
	 * @param from first day, inclusive
	 * @param to last day, inclusive
	 * @return the rates, in no particular order
	 */
	List<FxRate> ratesForConversion(String tenantId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT * FROM fx_rate WHERE tenant_id = :tenant AND rate_date BETWEEN :from AND :to
				UNION ALL
				(SELECT DISTINCT ON (base_currency, quote_currency) * FROM fx_rate
				 WHERE tenant_id = :tenant AND rate_date < :from
				 ORDER BY base_currency, quote_currency, rate_date DESC)
				""").param("tenant", tenantId).param("from", from).param("to", to).query(FxRateRepository::rate).list();
	}

	private static FxRate rate(ResultSet row, int number) throws SQLException {
		return new FxRate(row.getString("base_currency"), row.getString("quote_currency"),
				row.getObject("rate_date", LocalDate.class), row.getBigDecimal("rate").stripTrailingZeros(),
				FxRateSource.of(row.getString("source")));
	}

}
