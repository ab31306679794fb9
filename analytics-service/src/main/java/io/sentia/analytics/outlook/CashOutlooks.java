package io.sentia.analytics.outlook;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.analytics.cash.CashOutlookEngine;
import io.sentia.analytics.tenants.Tenant;
import io.sentia.analytics.tenants.TenantDirectory;
import io.sentia.servicekit.errors.ApiProblemException;

/**
 * A tenant's cash outlook from its read models: the engine's input assembled by
 * {@link OutlookInputs}, the answer cached per tenant until an event, a rate or a
 * settings change invalidates one of the cache areas it reads.
 */
public class CashOutlooks {

	private static final Set<CacheArea> READS = Set.of(CacheArea.LEDGER, CacheArea.PURCHASING, CacheArea.FORECASTS,
			CacheArea.CATALOG, CacheArea.FX, CacheArea.SETTINGS);

	/** Earliest as-of date accepted. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** Latest as-of date accepted. */
	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private final OutlookInputs inputs;

	private final TenantDirectory tenants;

	private final AnswerCache cache;

	private final Clock clock;

	public CashOutlooks(OutlookInputs inputs, TenantDirectory tenants, AnswerCache cache, Clock clock) {
		this.inputs = inputs;
		this.tenants = tenants;
		this.cache = cache;
		this.clock = clock;
	}

	/**
	 * The outlook, from the cache when the data has not changed.
	 * @param tenantId the tenant
	 * @param asOf the first day, or {@code null} for today in the tenant's time zone
	 * @return the outlook and its notes
	 * @throws ApiProblemException 409 while the tenant is not known yet
	 */
	public OutlookReport report(String tenantId, LocalDate asOf) {
		Tenant tenant = tenant(tenantId);
		LocalDate day = (asOf != null) ? asOf : today(tenant);
		String question = "cash-outlook?asOf=" + day;
		return this.cache.get(tenantId, READS, question, OutlookReport.class, () -> {
			OutlookInputs.Assembled assembled = this.inputs.build(tenantId, tenant.baseCurrency(), day);
			return new OutlookReport(CashOutlookEngine.project(assembled.input()), assembled.notes());
		});
	}

	/**
	 * The outlook's input, for scenarios and the shortfall watch.
	 * @param tenantId the tenant
	 * @param asOf the first day, or {@code null} for today in the tenant's time zone
	 * @return the input and its notes
	 * @throws ApiProblemException 409 while the tenant is not known yet
	 */
	public OutlookInputs.Assembled input(String tenantId, LocalDate asOf) {
		Tenant tenant = tenant(tenantId);
		return this.inputs.build(tenantId, tenant.baseCurrency(), (asOf != null) ? asOf : today(tenant));
	}

	/**
	 * Today in the tenant's time zone (UTC when it names none that exists).
	 * @param tenant the tenant
	 * @return the day
	 */
	public LocalDate today(Tenant tenant) {
		ZoneId zone;
		try {
			zone = (tenant.timeZone() != null) ? ZoneId.of(tenant.timeZone()) : Clock.systemUTC().getZone();
		}
		catch (DateTimeException ex) {
			zone = Clock.systemUTC().getZone();
		}
		return LocalDate.ofInstant(this.clock.instant(), zone);
	}

	/**
	 * Refuses an as-of date outside the dates the read models can hold, as a 400 naming
	 * {@code asOf}.
	 * @param asOf the date, or {@code null} for today
	 */
	public static void checkAsOf(LocalDate asOf) {
		if (asOf != null && (asOf.isBefore(EARLIEST) || asOf.isAfter(LATEST))) {
			throw ApiProblemException.invalidParameter("asOf", "must be between " + EARLIEST + " and " + LATEST);
		}
	}

	private Tenant tenant(String tenantId) {
		return this.tenants.find(tenantId)
			.orElseThrow(() -> ApiProblemException
				.conflict("Analytics has not yet received this tenant's settings (auth.tenants.v1), so it does not "
						+ "know the base currency to report in; try again shortly"));
	}

}
