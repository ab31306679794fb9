package io.sentia.analytics.fx;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's exchange rates over a range of days.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param quote the quote currency asked for, or {@code null} for all
 * @param rates the rates by day, base, quote
 */
public record FxRateReport(LocalDate from, LocalDate to, @Nullable String quote, List<Rate> rates) {

	/**
	 * One rate: 1 {@code base} = {@code rate} {@code quote}.
	 *
	 * @param date the day
	 * @param base currency converted from
	 * @param quote currency converted to
	 * @param rate decimal string, e.g. {@code 1.2712}
	 * @param source {@code ecb} | {@code manual} | {@code demo}
	 */
	public record Rate(LocalDate date, String base, String quote, String rate, String source) {

		static Rate of(FxRate rate) {
			return new Rate(rate.date(), rate.base(), rate.quote(), rate.rate().toPlainString(), rate.source().value());
		}

	}

}
