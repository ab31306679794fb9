package io.sentia.forecasting.runs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts each tenant's daily run once its local clock has passed the configured time, and
 * a new tenant's first run as soon as its demand history has stopped arriving (so a
 * tenant that connects its shop at noon sees forecasts that afternoon, made from all of
 * it). A database constraint allows one scheduled run per tenant and local day, so
 * several instances and restarts never run a day twice; a day whose time passed while the
 * service was down is run when it comes back.
 */
class DailyRunScheduler {

	private static final Logger log = LoggerFactory.getLogger(DailyRunScheduler.class);

	private final RunService runs;

	private final TenantCalendars calendars;

	private final RunProperties.Schedule schedule;

	private final Clock clock;

	DailyRunScheduler(RunService runs, TenantCalendars calendars, RunProperties.Schedule schedule, Clock clock) {
		this.runs = runs;
		this.calendars = calendars;
		this.schedule = schedule;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sentia.forecasting.run.schedule.check-interval:60s}",
			initialDelayString = "${sentia.forecasting.run.schedule.check-interval:60s}")
	void check() {
		int abandoned = this.runs.failAbandoned();
		if (abandoned > 0) {
			log.warn("Failed {} forecast runs whose instance stopped reporting progress", abandoned);
		}
		if (this.schedule.enabled()) {
			startDue(this.clock.instant());
		}
	}

	/** Starts the runs due at {@code now}; returns how many started. */
	int startDue(Instant now) {
		int started = 0;
		TenantCalendars.NewTenants newTenants = this.calendars.newTenants(now.minus(this.schedule.firstRunSettle()));
		for (Map.Entry<String, ZoneId> tenant : this.calendars.zones(this.schedule.defaultZone()).entrySet()) {
			LocalDate day = now.atZone(tenant.getValue()).toLocalDate();
			boolean first = newTenants.settled().contains(tenant.getKey());
			boolean daily = isDue(now, tenant.getValue(), this.schedule.time())
					&& !newTenants.arriving().contains(tenant.getKey());
			if ((first || daily) && this.runs.startScheduled(tenant.getKey(), day).isPresent()) {
				log.info("Started the {} forecast run of tenant {} for {}", first ? "first" : "daily", tenant.getKey(),
						day);
				started++;
			}
		}
		return started;
	}

	/**
	 * Whether the day's run is due: the tenant's local clock has reached the run time.
	 * Whether it already ran that day is the database's to say.
	 */
	static boolean isDue(Instant now, ZoneId zone, LocalTime time) {
		ZonedDateTime local = now.atZone(zone);
		return !local.toLocalTime().isBefore(time);
	}

}
