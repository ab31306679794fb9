package io.sentia.analytics.cache;

import java.util.Locale;

/**
 * A part of a tenant's read models that events change together. An answer names the areas
 * it was computed from; an event applied to an area drops every answer of that tenant
 * that names it.
 */
public enum CacheArea {

	/** Orders and their lines. */
	SALES,

	/** Products, their costs and prices. */
	CATALOG,

	/** Stock levels per SKU and location. */
	INVENTORY,

	/** Purchase orders. */
	PURCHASING,

	/** Invoices, bills, payments and bank transactions. */
	LEDGER,

	/** Forecasts and purchase recommendations. */
	FORECASTS,

	/** Exchange rates. */
	FX,

	/**
	 * The tenant's own settings: base currency, thresholds, recurring lines, scenarios.
	 */
	SETTINGS;

	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
