/**
 * Working-capital metrics as pure, deterministic functions over plain records: no
 * database, no clock, no Spring. The read models fill the input records; the APIs return
 * the results. Money is {@link java.math.BigDecimal} in the tenant's
 * {@link io.sentia.analytics.workingcapital.BaseCurrency}, rounded half-even to its minor
 * unit; a figure that cannot be computed is a
 * {@link io.sentia.analytics.workingcapital.Figure} with the reason, never infinity or
 * NaN. Every formula is stated in the sub-package that computes it and in the service
 * README ("Working capital").
 */
package io.sentia.analytics.workingcapital;
