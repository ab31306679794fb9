package io.sentia.analytics.fx;

import java.time.LocalDate;

/**
 * The answer to an upload of manual rates.
 *
 * @param stored rates stored (each replaces any earlier rate of its pair and day)
 * @param from the earliest day uploaded
 * @param to the latest day uploaded
 */
public record FxRatesStored(int stored, LocalDate from, LocalDate to) {
}
