package io.sentia.forecasting.controls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static io.sentia.servicekit.errors.ApiProblemException.invalidField;

/**
 * The promotions and events calendar: add and remove events (OPERATOR, or partners with
 * {@code forecasts.write}), list them (VIEWER, or {@code forecasts.read}). Changes show
 * in forecasts at once for planned uplift, and from the next run for past weeks kept out
 * of the fit.
 */
@RestController
@RequestMapping("/api/forecasting/v1/calendar/events")
class CalendarController {

	private static final int MAX_SKUS = 1000;

	private final CalendarRepository calendar;

	private final TenantContext tenants;

	private final Clock clock = Clock.systemUTC();

	CalendarController(CalendarRepository calendar, TenantContext tenants) {
		this.calendar = calendar;
		this.tenants = tenants;
	}

	@PostMapping
	@Access(role = Role.OPERATOR, scopes = OverrideController.FORECASTS_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	CalendarEvent add(@RequestBody(required = false) @Nullable CalendarEventRequest request) {
		if (request == null) {
			throw invalidField("name", "is mandatory, as are 'from' and 'to'");
		}
		String name = text("name", request.name(), true);
		if (request.from() == null) {
			throw invalidField("from", "is mandatory: the event's first day (yyyy-MM-dd)");
		}
		if (request.to() == null) {
			throw invalidField("to", "is mandatory: the event's last day (yyyy-MM-dd)");
		}
		if (request.to().isBefore(request.from())) {
			throw invalidField("to", "must not be before 'from'");
		}
		double uplift = (request.upliftPercent() != null) ? request.upliftPercent() : 0;
		if (!Double.isFinite(uplift) || uplift <= -100 || uplift > 10_000) {
			throw invalidField("upliftPercent", "must be above -100 and at most 10000");
		}
		Caller caller = this.tenants.currentCaller();
		CalendarEvent event = new CalendarEvent(UUID.randomUUID(), name, request.from(), request.to(),
				skus(request.skus()), text("channel", request.channel(), false),
				text("region", request.region(), false), uplift, caller.subject(), this.clock.instant());
		this.calendar.insert(caller.tenantId(), event);
		return event;
	}

	@GetMapping
	@Access(role = Role.VIEWER, scopes = OverrideController.FORECASTS_READ)
	List<CalendarEvent> list(@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to) {
		LocalDate fromDate = ControlProblems.optionalDate("from", from);
		LocalDate toDate = ControlProblems.optionalDate("to", to);
		return this.calendar.list(this.tenants.currentTenantId(), fromDate, toDate);
	}

	@DeleteMapping("/{id}")
	@Access(role = Role.OPERATOR, scopes = OverrideController.FORECASTS_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable("id") UUID id) {
		Caller caller = this.tenants.currentCaller();
		if (!this.calendar.remove(caller.tenantId(), id, caller.subject(), this.clock.instant())) {
			throw ApiProblemException.notFound("No calendar event " + id + " in this tenant.");
		}
	}

	private static @Nullable List<String> skus(@Nullable List<String> skus) {
		if (skus == null || skus.isEmpty()) {
			return null;
		}
		if (skus.size() > MAX_SKUS) {
			throw invalidField("skus", "must list at most " + MAX_SKUS + " SKUs; leave it out for every SKU");
		}
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (int i = 0; i < skus.size(); i++) {
			String sku = skus.get(i);
			if (sku == null || sku.isBlank()) {
				throw invalidField("skus[" + i + "]", "must be a SKU");
			}
			distinct.add(sku.trim());
		}
		return new ArrayList<>(distinct);
	}

	private static @Nullable String text(String field, @Nullable String value, boolean mandatory) {
		if (value == null || value.isBlank()) {
			if (mandatory) {
				throw invalidField(field, "is mandatory");
			}
			return null;
		}
		if (value.length() > 200) {
			throw invalidField(field, "must be at most 200 characters");
		}
		return value.trim();
	}

}
