package io.sentia.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.sentia.testkit.security.EndpointExample;
import io.sentia.testkit.security.EndpointSecurityMatrix;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every analytics endpoint against every kind of caller, with revenue and exchange rates
 * of two tenants stored: the other tenant's answers never carry this tenant's figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnalyticsEndpointSecurityTests extends EndpointSecurityMatrix {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	private static final String CASH = "/api/analytics/v1/cash";

	private static final String SCENARIO = "5e471a00-0000-4000-8000-00000000c001";

	private static final String SCENARIO_TO_DELETE = "5e471a00-0000-4000-8000-00000000c002";

	private static final String OTHER_SCENARIO = "0be7e2a1-0000-4000-8000-00000000c003";

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void seedRevenueOfBothTenants() {
		tenant(TENANT, "GBP");
		tenant(otherTenant(), "USD");
		order(TENANT, "highland-harbour-uk", "A-1", "UK", "GBP", "4321.09");
		order(otherTenant(), "other-tenant-us", "B-1", "US", "USD", "765.43");
		rate(TENANT, "GBP", "USD", "1.234567");
		rate(otherTenant(), "USD", "EUR", "0.917531");
		bankCash(TENANT, "GBP", "4321.09");
		bankCash(otherTenant(), "USD", "765.43");
		cashSettings(TENANT, "1234.56");
		cashSettings(otherTenant(), "99.00");
		scenario(TENANT, SCENARIO, "Matrix plan");
		scenario(TENANT, SCENARIO_TO_DELETE, "Matrix plan to delete");
		scenario(otherTenant(), OTHER_SCENARIO, "Other tenant's plan");
		invoice(TENANT, "c-1", "GBP", "1234.56");
		invoice(otherTenant(), "c-9", "USD", "987.65");
	}

	@Override
	protected String tenant() {
		return TENANT;
	}

	@Override
	protected Set<String> tenantMarkers() {
		return Set.of(TENANT);
	}

	@Override
	protected List<EndpointExample> examples() {
		return List.of(
				EndpointExample.get("/api/analytics/v1/revenue?from=2026-01-01&to=2026-01-31&groupBy=region")
					.withTenantMarkers("4321.09", "GBP"),
				EndpointExample.get("/api/analytics/v1/sales?from=2026-01-01&to=2026-01-31&groupBy=region")
					.withTenantMarkers("4321.09", "GBP"),
				EndpointExample.get("/api/analytics/v1/fx-rates?from=2026-01-01&to=2026-01-31")
					.withTenantMarkers("1.234567"),
				EndpointExample.put("/api/analytics/v1/fx-rates",
						"[{\"date\": \"2026-01-20\", \"base\": \"GBP\", \"quote\": \"EUR\", \"rate\": \"1.17\"}]"),
				EndpointExample.get(CASH + "/settings").withTenantMarkers("1234.56"),
				EndpointExample.put(CASH + "/settings", "{\"minimumCash\": 250.00}"),
				EndpointExample.get(CASH + "/outlook?asOf=2026-01-20").withTenantMarkers("4321.09"),
				EndpointExample.post(CASH + "/scenarios:evaluate?asOf=2026-01-20", "{\"demandChangePercent\": 5}")
					.withTenantMarkers("4321.09"),
				EndpointExample.get(CASH + "/scenarios").withTenantMarkers(SCENARIO),
				EndpointExample.post(CASH + "/scenarios", "{\"name\": \"Matrix saved\", \"scenario\": {}}"),
				EndpointExample.get(CASH + "/scenarios/" + SCENARIO).addressesObject(),
				EndpointExample.patch(CASH + "/scenarios/" + SCENARIO, "{\"name\": \"Matrix plan\"}").addressesObject(),
				EndpointExample.delete(CASH + "/scenarios/" + SCENARIO_TO_DELETE).expecting(204),
				EndpointExample.get(CASH + "/scenarios/" + SCENARIO + "/outlook?asOf=2026-01-20").addressesObject(),
				EndpointExample.get("/api/analytics/v1/receivables/ageing?asOf=2026-01-31")
					.withTenantMarkers("1234.56", "GBP"),
				EndpointExample.get("/api/analytics/v1/receivables/ageing/c-1?asOf=2026-01-31")
					.addressesObject()
					.withTenantMarkers("1234.56"),
				EndpointExample.get("/api/analytics/v1/payables/ageing?asOf=2026-01-31").withTenantMarkers("GBP"),
				EndpointExample.get("/api/analytics/v1/working-capital?from=2026-01-01&to=2026-01-31")
					.withTenantMarkers("1234.56", "GBP"),
				EndpointExample.get("/api/analytics/v1/customers/payment-behaviour").withTenantMarkers("GBP"),
				EndpointExample.get("/api/analytics/v1/inventory?asOf=2026-01-31").withTenantMarkers("GBP"),
				// Downloads are streamed after the handler returns, so the matrix (which
				// does not
				// wait for the stream) checks their access only; ExportTests checks their
				// rows.
				EndpointExample
					.get("/api/analytics/v1/sales/export?from=2026-01-01&to=2026-01-31&groupBy=region&format=csv"),
				EndpointExample.get("/api/analytics/v1/receivables/ageing/export?asOf=2026-01-31&format=xlsx"),
				EndpointExample.get("/api/analytics/v1/payables/ageing/export?asOf=2026-01-31&format=csv"),
				EndpointExample.get(CASH + "/outlook/export?asOf=2026-01-20&format=csv"),
				EndpointExample.get("/api/analytics/v1/summary.pdf?from=2026-01-01&to=2026-01-31&asOf=2026-01-20"));
	}

	private void bankCash(String tenant, String currency, String amount) {
		this.jdbc.sql("""
				INSERT INTO bank_transaction (tenant_id, source, transaction_id, bank_account_id, bank_account_name,
				                              direction, type, transaction_date, amount, currency, status, reconciled,
				                              updated_at)
				VALUES (?, 'xero', 'matrix-cash', 'acc-1', 'Current', 'in', 'RECEIVE', '2026-01-10', ?, ?,
				        'authorised', true, now())
				ON CONFLICT DO NOTHING
				""").params(tenant, new BigDecimal(amount), currency).update();
	}

	/** Resets the minimum cash each run: the matrix's own PUT changes it. */
	private void cashSettings(String tenant, String minimumCash) {
		this.jdbc.sql("""
				INSERT INTO cash_settings (tenant_id, minimum_cash, default_supplier_terms_days, supplier_terms,
				                           payout_plans, recurring_outflows, updated_at)
				VALUES (?, ?, 30, '[]', '[]', '[]', now())
				ON CONFLICT (tenant_id) DO UPDATE SET minimum_cash = EXCLUDED.minimum_cash, updated_at = now()
				""").params(tenant, new BigDecimal(minimumCash)).update();
	}

	private void scenario(String tenant, String id, String name) {
		this.jdbc.sql("""
				INSERT INTO cash_scenario (tenant_id, scenario_id, name, definition, created_at, updated_at)
				VALUES (?, ?::uuid, ?, '{}', now(), now())
				ON CONFLICT DO NOTHING
				""").params(tenant, id, name).update();
	}

	private void tenant(String tenant, String baseCurrency) {
		this.jdbc.sql("""
				INSERT INTO tenant (tenant_id, name, slug, base_currency, time_zone, status, updated_at)
				VALUES (?, ?, ?, ?, 'Europe/London', 'active', now())
				ON CONFLICT DO NOTHING
				""").params(tenant, "Tenant " + tenant, "t-" + tenant, baseCurrency).update();
	}

	private void rate(String tenant, String base, String quote, String rate) {
		this.jdbc.sql("""
				INSERT INTO fx_rate (tenant_id, base_currency, quote_currency, rate_date, rate, source, updated_at)
				VALUES (?, ?, ?, ?, ?, 'ecb', now())
				ON CONFLICT DO NOTHING
				""").params(tenant, base, quote, LocalDate.of(2026, 1, 15), new BigDecimal(rate)).update();
	}

	private void invoice(String tenant, String contactId, String currency, String amount) {
		this.jdbc
			.sql("""
					INSERT INTO invoice (tenant_id, source, invoice_id, type, contact_id, contact_name, issue_date, due_date,
					                     status, currency, sub_total, total_tax, total, amount_paid, amount_credited,
					                     amount_due, updated_at)
					VALUES (?, 'xero', ?, 'ACCREC', ?, 'Customer', '2026-01-05', '2026-01-20', 'authorised', ?, ?, 0, ?, 0, 0,
					        ?, now())
					ON CONFLICT DO NOTHING
					""")
			.params(tenant, "inv-" + contactId, contactId, currency, new BigDecimal(amount), new BigDecimal(amount),
					new BigDecimal(amount))
			.update();
	}

	private void order(String tenant, String store, String orderId, String region, String currency, String total) {
		Instant orderedAt = Instant.parse("2026-01-15T10:00:00Z");
		this.jdbc.sql("""
				INSERT INTO order_revenue (tenant_id, source, store, order_id, order_date, ordered_at, region, channel,
				                           status, currency, total_amount, line_count, updated_at)
				VALUES (?, 'shopify', ?, ?, ?, ?, ?, 'shopify', 'fulfilled', ?, ?, 1, ?)
				ON CONFLICT DO NOTHING
				""")
			.params(tenant, store, orderId, LocalDate.of(2026, 1, 15), java.sql.Timestamp.from(orderedAt), region,
					currency, new BigDecimal(total), java.sql.Timestamp.from(orderedAt))
			.update();
	}

}
