package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import io.sentia.analytics.tenants.Tenant;
import io.sentia.analytics.tenants.TenantDirectory;

/**
 * Converts money between currencies with a tenant's own rates; the one way other packages
 * convert. A conversion uses the rate of the day, else the latest earlier one and says so
 * ({@link FxConversion#earlierRateUsed()}), else answers an explicit gap
 * ({@link FxConversion#gap()}); the same currency converts at exactly 1. To convert many
 * amounts, load a {@link #rates(String, LocalDate, LocalDate) table} once.
 */
public class FxConverter {

	private final FxRateRepository repository;

	private final TenantDirectory tenants;

	FxConverter(FxRateRepository repository, TenantDirectory tenants) {
		this.repository = repository;
		this.tenants = tenants;
	}

	/**
	 * Converts one amount.
	 * @param tenantId whose rates to use
	 * @param amount the amount, any sign
	 * @param currency ISO-4217 currency of the amount
	 * @param targetCurrency ISO-4217 currency to convert to
	 * @param date the day the amount belongs to
	 * @return the conversion, or a gap
	 */
	public FxConversion convert(String tenantId, BigDecimal amount, String currency, String targetCurrency,
			LocalDate date) {
		if (currency.equals(targetCurrency)) {
			return FxRateTable.of(java.util.List.of()).convert(amount, currency, targetCurrency, date);
		}
		return rates(tenantId, date, date).convert(amount, currency, targetCurrency, date);
	}

	/**
	 * The tenant's rates for converting amounts of days in a range, in memory: every rate
	 * of those days and the latest earlier rate of every pair.
	 * @param tenantId whose rates to load
	 * @param from first day amounts will belong to
	 * @param to last day amounts will belong to
	 * @return the table; converting a day outside the range may answer a gap or an older
	 * rate than the database holds
	 */
	public FxRateTable rates(String tenantId, LocalDate from, LocalDate to) {
		return FxRateTable.of(this.repository.ratesForConversion(tenantId, from, to));
	}

	/**
	 * The currency the tenant reports in, which base-currency figures are converted to.
	 * @param tenantId the tenant
	 * @return its base currency, or empty while auth-service has not announced the tenant
	 */
	public Optional<String> baseCurrency(String tenantId) {
		return this.tenants.find(tenantId).map(Tenant::baseCurrency);
	}

}
