package io.sentia.analytics.outlook.shortfall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import io.sentia.analytics.cash.shortfall.ShortfallDecision;
import io.sentia.analytics.cash.shortfall.ShortfallEpisode;
import io.sentia.events.AlertRaised;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code cash_shortfall_state} table: per tenant, what the watch last saw and the
 * open episode.
 */
class ShortfallStateRepository {

	private final JdbcClient jdbc;

	ShortfallStateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises the watch per tenant until the current transaction ends, across
	 * instances.
	 */
	void lock(String tenantId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "cash-shortfall:" + tenantId)
			.query((row) -> {
			});
	}

	Optional<State> find(String tenantId) {
		return this.jdbc.sql("SELECT * FROM cash_shortfall_state WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query((row, number) -> {
				String key = row.getString("episode_dedup_key");
				ShortfallEpisode episode = (key != null) ? new ShortfallEpisode(key,
						row.getObject("episode_opened_at", OffsetDateTime.class).toInstant(),
						AlertRaised.Severity.valueOf(row.getString("episode_severity"))) : null;
				return new State(row.getString("fingerprint"), row.getObject("as_of", LocalDate.class), episode,
						row.getString("last_decision"), row.getInt("alerts_raised"));
			})
			.optional();
	}

	void save(String tenantId, String fingerprint, LocalDate asOf, ShortfallDecision decision, Instant now) {
		ShortfallEpisode episode = decision.openEpisode().orElse(null);
		this.jdbc.sql("""
				INSERT INTO cash_shortfall_state (tenant_id, fingerprint, as_of, episode_dedup_key, episode_opened_at,
				                                  episode_severity, last_decision, alerts_raised, assessed_at)
				VALUES (:tenant, :fingerprint, :asOf, :key, :openedAt, :severity, :decision, :raised, :now)
				ON CONFLICT (tenant_id) DO UPDATE SET
				    fingerprint = EXCLUDED.fingerprint, as_of = EXCLUDED.as_of,
				    episode_dedup_key = EXCLUDED.episode_dedup_key, episode_opened_at = EXCLUDED.episode_opened_at,
				    episode_severity = EXCLUDED.episode_severity, last_decision = EXCLUDED.last_decision,
				    alerts_raised = cash_shortfall_state.alerts_raised + EXCLUDED.alerts_raised,
				    assessed_at = EXCLUDED.assessed_at
				""")
			.param("tenant", tenantId)
			.param("fingerprint", fingerprint)
			.param("asOf", asOf)
			.param("key", (episode != null) ? episode.dedupKey() : null)
			.param("openedAt", (episode != null) ? episode.openedAt().atOffset(ZoneOffset.UTC) : null)
			.param("severity", (episode != null) ? episode.severity().name() : null)
			.param("decision", decision.getClass().getSimpleName().toLowerCase(Locale.ROOT))
			.param("raised", decision.alert().isPresent() ? 1 : 0)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * What the watch last saw of a tenant.
	 *
	 * @param fingerprint the data's fingerprint then
	 * @param asOf the outlook's first day then
	 * @param episode the open episode, or {@code null}
	 * @param lastDecision the last decision's kind, e.g. {@code continuing}
	 * @param alertsRaised alerts published for the tenant so far
	 */
	record State(String fingerprint, LocalDate asOf, @Nullable ShortfallEpisode episode, String lastDecision,
			int alertsRaised) {

	}

}
