package io.sentia.forecasting.controls;

import java.time.Instant;
import java.util.List;

/**
 * The analogue SKUs a series (or every series of a SKU) is forecast from while its own
 * history is shorter than {@code sentia.forecasting.controls.analogue-min-weeks}.
 *
 * @param series the series key; channel and region {@code all} for every series of the
 * SKU
 * @param analogueSkus the SKUs whose demand history, averaged, stands in for its own
 * @param scale factor applied to the averaged history (0.5: expected to sell half)
 * @param updatedBy the subject who chose them
 * @param updatedAt when
 */
record AnalogueChoice(String series, List<String> analogueSkus, double scale, String updatedBy, Instant updatedAt) {
}
