/**
 * The 13-week cash outlook served from the read models: assembles the engine's
 * {@link io.sentia.analytics.cash.CashOutlookInput} from bank transactions, open invoices
 * and bills, payment history, open purchase orders, the latest forecasts priced from the
 * catalogue, suggested purchases and the tenant's cash settings, all converted to the
 * base currency with notes on how; answers it (cached) at
 * {@code /api/analytics/v1/cash/outlook}. Settings, scenarios and the shortfall watch
 * live in the sub-packages.
 */
package io.sentia.analytics.outlook;
