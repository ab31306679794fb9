package io.sentia.forecasting.controls;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.forecasting.demand.SeriesKeyPath;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Caller;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Overrides per series and week: set and clear (OPERATOR, or partners with
 * {@code forecasts.write}), list and audit (VIEWER, or {@code forecasts.read}). An
 * override keys on the series and week, not on a run, so it applies to every later run's
 * forecast.
 */
@RestController
@RequestMapping("/api/forecasting/v1")
class OverrideController {

	static final String FORECASTS_READ = "forecasts.read";

	static final String FORECASTS_WRITE = "forecasts.write";

	private final OverrideRepository overrides;

	private final TenantContext tenants;

	private final TransactionOperations transaction;

	OverrideController(OverrideRepository overrides, TenantContext tenants, TransactionOperations transaction) {
		this.overrides = overrides;
		this.tenants = tenants;
		this.transaction = transaction;
	}

	@GetMapping("/series/{key}/overrides")
	@Access(role = Role.VIEWER, scopes = FORECASTS_READ)
	List<ForecastOverride> list(@PathVariable("key") String key) {
		SeriesKeyPath series = SeriesKeyPath.parse(key);
		String tenantId = this.tenants.currentTenantId();
		requireSeries(tenantId, series);
		return this.overrides.list(tenantId, series);
	}

	@PutMapping("/series/{key}/overrides/{period}")
	@Access(role = Role.OPERATOR, scopes = FORECASTS_WRITE)
	ForecastOverride set(@PathVariable("key") String key, @PathVariable("period") String period,
			@RequestBody(required = false) @Nullable OverrideRequest request) {
		SeriesKeyPath series = SeriesKeyPath.parse(key);
		LocalDate week = weekStart(period);
		Double quantity = (request != null) ? request.quantity() : null;
		if (quantity == null || !Double.isFinite(quantity) || quantity < 0) {
			throw ApiProblemException.invalidField("quantity", "must be a number of units, zero or more");
		}
		String reason = reason((request != null) ? request.reason() : null);
		Caller caller = this.tenants.currentCaller();
		requireSeries(caller.tenantId(), series);
		return this.transaction
			.execute((status) -> this.overrides.set(caller.tenantId(), series, week, quantity, reason, caller));
	}

	@DeleteMapping("/series/{key}/overrides/{period}")
	@Access(role = Role.OPERATOR, scopes = FORECASTS_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clear(@PathVariable("key") String key, @PathVariable("period") String period,
			@RequestParam(name = "reason", required = false) @Nullable String reasonParameter,
			@RequestBody(required = false) @Nullable OverrideRequest request) {
		SeriesKeyPath series = SeriesKeyPath.parse(key);
		LocalDate week = weekStart(period);
		String reason = reason(
				(reasonParameter != null) ? reasonParameter : (request != null) ? request.reason() : null);
		Caller caller = this.tenants.currentCaller();
		requireSeries(caller.tenantId(), series);
		// Clearing a week without an override changes nothing and is not audited.
		this.transaction
			.executeWithoutResult((status) -> this.overrides.clear(caller.tenantId(), series, week, reason, caller));
	}

	@GetMapping("/overrides/audit")
	@Access(role = Role.VIEWER, scopes = FORECASTS_READ)
	List<OverrideChange> audit(@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to,
			@RequestParam(name = "series", required = false) @Nullable String series) {
		SeriesKeyPath key = (series != null && !series.isBlank()) ? SeriesKeyPath.parse(series.trim()) : null;
		return this.overrides.audit(this.tenants.currentTenantId(), instant("from", from), instant("to", to), key);
	}

	private void requireSeries(String tenantId, SeriesKeyPath series) {
		if (!this.overrides.seriesExists(tenantId, series)) {
			throw ApiProblemException.notFound("No series " + series.key()
					+ " in this tenant's newest forecast run; overrides apply to series a run forecast.");
		}
	}

	private static LocalDate weekStart(String period) {
		LocalDate week;
		try {
			week = LocalDate.parse(period);
		}
		catch (DateTimeException ex) {
			throw ApiProblemException.invalidParameter("period",
					"must be an ISO date (yyyy-MM-dd), the Monday starting the week");
		}
		if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw ApiProblemException.invalidParameter("period",
					"must be the Monday starting the week, as the series' periods are");
		}
		return week;
	}

	private static String reason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw ApiProblemException.invalidField("reason", "is mandatory: say why the forecast is changed");
		}
		if (reason.length() > 1000) {
			throw ApiProblemException.invalidField("reason", "must be at most 1000 characters");
		}
		return reason.trim();
	}

	private static @Nullable Instant instant(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value.trim());
		}
		catch (DateTimeException ex) {
			throw ApiProblemException.invalidParameter(name, "must be an ISO-8601 instant, e.g. 2026-11-22T00:00:00Z");
		}
	}

}
