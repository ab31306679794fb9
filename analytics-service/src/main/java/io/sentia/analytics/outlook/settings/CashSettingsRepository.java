package io.sentia.analytics.outlook.settings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code cash_settings} table: one row of settings per tenant, its lists as JSON in
 * the API's shape.
 */
public class CashSettingsRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public CashSettingsRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The tenant's saved settings.
	 * @param tenantId the tenant
	 * @return the settings with defaults filled, or empty when the tenant saved none
	 */
	public Optional<Saved> find(String tenantId) {
		return this.jdbc.sql("SELECT * FROM cash_settings WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query((row, number) -> new Saved(
					new CashSettings(row.getBigDecimal("minimum_cash"), row.getInt("default_supplier_terms_days"),
							List.of(this.json.readValue(row.getString("supplier_terms"),
									CashSettings.SupplierTerms[].class)),
							List.of(this.json.readValue(row.getString("payout_plans"), PayoutPlanSetting[].class)),
							List.of(this.json.readValue(row.getString("recurring_outflows"),
									RecurringOutflowSetting[].class))),
					row.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * The tenant's settings, its defaults when it saved none.
	 * @param tenantId the tenant
	 * @return complete settings
	 */
	public CashSettings settings(String tenantId) {
		return find(tenantId).map(Saved::settings).orElse(CashSettings.NONE);
	}

	/**
	 * Replaces the tenant's settings.
	 * @param tenantId the tenant
	 * @param settings valid settings, defaults filled
	 * @param now when they were saved
	 */
	void save(String tenantId, CashSettings settings, Instant now) {
		this.jdbc.sql("""
				INSERT INTO cash_settings (tenant_id, minimum_cash, default_supplier_terms_days, supplier_terms,
				                           payout_plans, recurring_outflows, updated_at)
				VALUES (:tenant, :minimumCash, :terms, CAST(:supplierTerms AS jsonb), CAST(:plans AS jsonb),
				        CAST(:outflows AS jsonb), :updatedAt)
				ON CONFLICT (tenant_id) DO UPDATE SET
				    minimum_cash = EXCLUDED.minimum_cash,
				    default_supplier_terms_days = EXCLUDED.default_supplier_terms_days,
				    supplier_terms = EXCLUDED.supplier_terms, payout_plans = EXCLUDED.payout_plans,
				    recurring_outflows = EXCLUDED.recurring_outflows, updated_at = EXCLUDED.updated_at
				""")
			.param("tenant", tenantId)
			.param("minimumCash", settings.minimumCash())
			.param("terms", settings.defaultSupplierTermsDays())
			.param("supplierTerms", this.json.writeValueAsString(settings.supplierTerms()))
			.param("plans", this.json.writeValueAsString(settings.payoutPlans()))
			.param("outflows", this.json.writeValueAsString(settings.recurringOutflows()))
			.param("updatedAt", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Settings as saved.
	 *
	 * @param settings the settings, defaults filled
	 * @param updatedAt when they were last saved
	 */
	public record Saved(CashSettings settings, Instant updatedAt) {

	}

}
