package io.sentia.forecasting.controls;

import java.util.Set;

import io.sentia.forecasting.demand.WeeklyDemand;
import io.sentia.forecasting.engine.hierarchy.SeriesKey;

/**
 * What a run applies of the planner's controls before fitting: past calendar events are
 * kept out of the fit, then series too young for their own history take their analogues'.
 * (Overrides and planned uplift apply after the run, in {@code forecast_point_final}.)
 */
public class PlannerControls {

	private final CalendarRepository calendar;

	private final AnalogueRepository analogues;

	private final ControlsProperties properties;

	PlannerControls(CalendarRepository calendar, AnalogueRepository analogues, ControlsProperties properties) {
		this.calendar = calendar;
		this.analogues = analogues;
		this.properties = properties;
	}

	/**
	 * @param tenantId the tenant
	 * @param demand its weekly demand as read
	 * @return the demand to fit, and the series forecast from analogues
	 */
	public Controlled apply(String tenantId, WeeklyDemand demand) {
		if (demand.series().isEmpty()) {
			return new Controlled(demand, Set.of());
		}
		WeeklyDemand cleaned = PastEventAdjustment.apply(demand,
				this.calendar.list(tenantId, demand.firstWeekStart(), demand.historyEnd()),
				this.properties.preEventWeeks());
		AnalogueHistory.Result result = AnalogueHistory.apply(cleaned, this.analogues.all(tenantId),
				this.properties.analogueMinWeeks());
		return new Controlled(result.demand(), result.fromAnalogues());
	}

	/**
	 * @param demand the demand to fit
	 * @param fromAnalogues bottom series whose fitted history came from analogues
	 */
	public record Controlled(WeeklyDemand demand, Set<SeriesKey> fromAnalogues) {
	}

}
