/**
 * The cash-shortfall alert rule: one {@code cash_shortfall} alert per episode, however
 * often the outlook is recomputed. An episode opens when a recomputed outlook has a week
 * below the minimum cash and ends when a recomputed outlook has none; the caller keeps
 * the open episode per tenant and emits the alert
 * {@link io.sentia.analytics.cash.shortfall.ShortfallMonitor} asks for.
 */
package io.sentia.analytics.cash.shortfall;
