package io.sentia.forecasting.controls;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/forecasting/v1/calendar/events}; validated by the
 * controller so each problem names its field.
 *
 * @param name what the planner calls the event; mandatory
 * @param from first day, inclusive; mandatory
 * @param to last day, inclusive; mandatory, not before {@code from}
 * @param skus the SKUs it applies to; absent or empty for every SKU
 * @param channel the channel; absent for every channel
 * @param region the region; absent for every region
 * @param upliftPercent extra demand in forecast weeks in percent; absent for none
 */
record CalendarEventRequest(String name, LocalDate from, LocalDate to, List<String> skus, String channel, String region,
		Double upliftPercent) {
}
