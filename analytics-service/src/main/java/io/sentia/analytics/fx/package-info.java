/**
 * Exchange rates per tenant: a daily reference-rate feed (the ECB's by default), manual
 * upload and reading, and {@link io.sentia.analytics.fx.FxConverter}, the one way other
 * packages convert money, which says when it used an earlier day's rate and never guesses
 * a rate it does not have.
 */
package io.sentia.analytics.fx;
