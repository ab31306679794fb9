package io.sentia.forecasting.controls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A promotion or event on the tenant's calendar. Past weeks it touches are replaced by
 * the pre-event level before a run fits the baseline; forecast weeks it touches get the
 * uplift.
 *
 * @param id the event
 * @param name what the planner calls it
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param skus the SKUs it applies to; null for every SKU
 * @param channel the channel it applies to; null for every channel
 * @param region the region it applies to; null for every region
 * @param upliftPercent extra demand in forecast weeks, in percent of the baseline (50
 * adds half), pro rata to the days of the week the event covers
 * @param createdBy the subject who put it on the calendar
 * @param createdAt when
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CalendarEvent(UUID id, String name, LocalDate from, LocalDate to, @Nullable List<String> skus,
		@Nullable String channel, @Nullable String region, double upliftPercent, String createdBy, Instant createdAt) {

	/** Whether the event applies to the series. */
	boolean covers(String sku, String seriesChannel, String seriesRegion) {
		return (this.skus == null || this.skus.contains(sku))
				&& (this.channel == null || this.channel.equals(seriesChannel))
				&& (this.region == null || this.region.equals(seriesRegion));
	}

	/** Whether the event touches any day of the week starting on {@code monday}. */
	boolean touchesWeek(LocalDate monday) {
		return !this.from.isAfter(monday.plusDays(6)) && !this.to.isBefore(monday);
	}

}
