package io.sentia.forecasting.controls;

import java.util.List;

/**
 * The body of {@code PUT .../series/{key}/analogue}.
 *
 * @param analogueSkus one or more SKUs to forecast from; mandatory
 * @param scale factor on their averaged history, above zero; 1.0 when absent
 */
record AnalogueRequest(List<String> analogueSkus, Double scale) {
}
